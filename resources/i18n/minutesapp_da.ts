<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="18" />
        <source>The file does not exist (any more).</source>
        <translation>Filen findes ikke (længere).</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="19" />
        <source>The file cannot be read. Check that it is a file and that you may open it.</source>
        <translation>Filen kan ikke læses. Kontrollér, at det er en fil, og at du har adgang til at åbne den.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="20" />
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="21" />
        <source>The file is neither a PDF nor a text file.</source>
        <translation>Filen er hverken en PDF eller en tekstfil.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="22" />
        <source>The file is damaged and cannot be read as a PDF.</source>
        <translation>Filen er beskadiget og kan ikke læses som PDF.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="23" />
        <source>The PDF is password-protected.</source>
        <translation>PDF-filen er beskyttet med adgangskode.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="24" />
        <source>The PDF contains no text (it is probably scanned), so it cannot be read.</source>
        <translation>PDF-filen indeholder ingen tekst (den er sikkert scannet), så den kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="25" />
        <source>Reading the file took too long and was stopped.</source>
        <translation>Det tog for lang tid at læse filen, så læsningen blev stoppet.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="26" />
        <source>The file is too large to be read.</source>
        <translation>Filen er for stor til at blive læst.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="27" />
        <source>Opening the file was cancelled.</source>
        <translation>Åbningen af filen blev annulleret.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="28" />
        <source>An unexpected error occurred while reading the file.</source>
        <translation>Der opstod en uventet fejl under læsningen af filen.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="36" />
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="80" />
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="81" />
        <location filename="../../minutesapp/ui/find_bar.py" line="82" />
        <source>Find in the minutes</source>
        <translation>Find i referatet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="83" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Forrige fund (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="84" />
        <source>Previous hit</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="85" />
        <source>Next hit (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="86" />
        <source>Next hit</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="87" />
        <source>Close find bar (Esc)</source>
        <translation>Luk søgelinjen (Esc)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="88" />
        <source>Close find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="27" />
        <location filename="../../minutesapp/ui/formatting.py" line="29" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="28" />
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="30" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
</context>
<context>
    <name>ItemDocument</name>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="255" />
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="257" />
        <source>Closed item</source>
        <translation>Lukket punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="261" />
        <source>Case no. %1</source>
        <translation>Sagsnr. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="93" />
        <location filename="../../minutesapp/ui/item_document.py" line="264" />
        <source>Recommendation</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="271" />
        <source>No recommendation</source>
        <translation>Ingen indstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="95" />
        <location filename="../../minutesapp/ui/item_document.py" line="275" />
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="92" />
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="94" />
        <source>Case presentation</source>
        <translation>Sagsfremstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="96" />
        <location filename="../../minutesapp/ui/item_document.py" line="291" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="97" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="305" />
        <source>Earlier treatment</source>
        <translation>Tidligere behandling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="318" />
        <source>No decision yet</source>
        <translation>Ingen beslutning endnu</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="324" />
        <source>(item %1)</source>
        <translation>(punkt %1)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="329" />
        <source>Against:</source>
        <translation>Imod:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="331" />
        <location filename="../../minutesapp/ui/item_document.py" line="363" />
        <source>Absent:</source>
        <translation>Fraværende:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="359" />
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="360" />
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="361" />
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="362" />
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="369" />
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="373" />
        <source>closed</source>
        <translation>lukket</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="209" />
        <source>Open minutes</source>
        <translation>Åbn referat</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="209" />
        <source>Minutes (*.pdf *.txt);;All files (*)</source>
        <translation>Referater (*.pdf *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="220" />
        <source>Opening %1…</source>
        <translation>Åbner %1…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="244" />
        <source>Opened %1</source>
        <translation>Åbnede %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="249" />
        <location filename="../../minutesapp/ui/main_window.py" line="250" />
        <source>Opening %1 was cancelled.</source>
        <translation>Åbningen af %1 blev annulleret.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="258" />
        <source>No minutes are open. Open a file with File &gt; Open (Ctrl+O) or drop a PDF or text file here.</source>
        <translation>Intet referat er åbent. Åbn en fil med Filer &gt; Åbn (Ctrl+O), eller træk en PDF- eller tekstfil herind.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="316" />
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="320" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="363" />
        <source>No hits</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="366" />
        <source>%1 of %2 here · %3 items</source>
        <translation>%1 af %2 her · %3 punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="381" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="382" />
        <source>Stop opening the file</source>
        <translation>Stop åbningen af filen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="383" />
        <location filename="../../minutesapp/ui/main_window.py" line="384" />
        <source>Hide message</source>
        <translation>Skjul beskeden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="385" />
        <source>Item text</source>
        <translation>Punktets tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="397" />
        <source>About minutesapp</source>
        <translation>Om minutesapp</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="398" />
        <source>minutesapp reads council meeting minutes and agendas: find the item, its recommendation and its decision in seconds, offline.</source>
        <translation>minutesapp læser kommunale mødereferater og dagsordener: find punktet, indstillingen og beslutningen på sekunder — også offline.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="416" />
        <source>(no recent files)</source>
        <translation>(ingen seneste filer)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="123" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="124" />
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="125" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="126" />
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="127" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="128" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="129" />
        <source>Open the &amp;sample minutes</source>
        <translation>Åbn &amp;eksempelreferatet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="130" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="131" />
        <source>&amp;Clear list</source>
        <translation>&amp;Ryd listen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="132" />
        <source>Show original &amp;page</source>
        <translation>Vis den originale &amp;side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="133" />
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="134" />
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="135" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="136" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="137" />
        <source>Find &amp;next</source>
        <translation>Find &amp;næste</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="138" />
        <source>Find pre&amp;vious</source>
        <translation>Find &amp;forrige</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="139" />
        <source>Filter &amp;items</source>
        <translation>&amp;Filtrér punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="140" />
        <source>Next i&amp;tem</source>
        <translation>Næste &amp;punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="141" />
        <source>Previous it&amp;em</source>
        <translation>F&amp;orrige punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="144" />
        <source>&amp;About minutesapp</source>
        <translation>&amp;Om minutesapp</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="176" />
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="247" />
        <source>Case no. %1</source>
        <translation>Sagsnr. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="249" />
        <source>Closed item</source>
        <translation>Lukket punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="251" />
        <source>Has a decision</source>
        <translation>Har en beslutning</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="139" />
        <source>No page</source>
        <translation>Ingen side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="141" />
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="146" />
        <location filename="../../minutesapp/ui/page_view.py" line="147" />
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="148" />
        <location filename="../../minutesapp/ui/page_view.py" line="149" />
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="150" />
        <location filename="../../minutesapp/ui/page_view.py" line="151" />
        <source>Zoom out the page</source>
        <translation>Zoom ud på siden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="152" />
        <location filename="../../minutesapp/ui/page_view.py" line="153" />
        <source>Zoom in the page</source>
        <translation>Zoom ind på siden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="154" />
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="155" />
        <source>Original page</source>
        <translation>Original side</translation>
    </message>
</context>
<context>
    <name>TocPane</name>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="129" />
        <source>Filter items (title, case no., text)</source>
        <translation>Filtrér punkter (titel, sagsnr., tekst)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="130" />
        <source>Filter items</source>
        <translation>Filtrér punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="131" />
        <source>Table of contents</source>
        <translation>Indholdsfortegnelse</translation>
    </message>
</context>
</TS>