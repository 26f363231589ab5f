<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="99"/>
        <source>About minutesapp</source>
        <translation>Om minutesapp</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="101"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="103"/>
        <source>minutesapp reads council meeting minutes and agendas: find the item, its recommendation and its decision in seconds, offline.</source>
        <translation>minutesapp læser kommunale mødereferater og dagsordener: find punktet, indstillingen og beslutningen på sekunder – også offline.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="107"/>
        <source>Licence: {licence}. This is free software: you may share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Licens: {licence}. Dette er fri software: du må dele og ændre det under GNU General Public License, version 3 eller senere. Der gives ingen garanti.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="111"/>
        <source>Your notes are kept in this folder:</source>
        <translation>Dine noter gemmes i denne mappe:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="112"/>
        <source>Open data folder</source>
        <translation>Åbn datamappen</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="115"/>
        <source>Highlight &amp;colour</source>
        <translation>Markeringsfar&amp;ve</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="116"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="118"/>
        <source>&amp;Highlight selection</source>
        <translation>&amp;Markér det valgte</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="119"/>
        <source>Highlight the selected text (Ctrl+H)</source>
        <translation>Markér den valgte tekst (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="120"/>
        <source>Highlight with &amp;comment…</source>
        <translation>Markér med &amp;kommentar…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="123"/>
        <source>Re&amp;move highlight</source>
        <translation>F&amp;jern markering</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="124"/>
        <source>Edit highlight co&amp;mment…</source>
        <translation>Redigér kommen&amp;tar til markering…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="125"/>
        <source>&amp;Star item</source>
        <translation>&amp;Stjernemarkér punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="126"/>
        <source>Star this item (Ctrl+D)</source>
        <translation>Stjernemarkér dette punkt (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="127"/>
        <source>Mark item as u&amp;nread</source>
        <translation>Markér punkt som &amp;ulæst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="128"/>
        <source>&amp;Export notes to PDF…</source>
        <translation>Eksportér &amp;noter til PDF…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_actions.py" line="129"/>
        <source>&amp;Print notes…</source>
        <translation>&amp;Udskriv noter…</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../../minutesapp/ui/annotation_commands.py" line="26"/>
        <source>Highlight</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_commands.py" line="45"/>
        <source>Remove highlight</source>
        <translation>Fjern markering</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="123"/>
        <source>Starred</source>
        <translation>Stjernemarkeret</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="123"/>
        <source>Star</source>
        <translation>Stjernemarkér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="125"/>
        <source>Highlight</source>
        <translation>Markér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="127"/>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="129"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_controller.py" line="521"/>
        <source>Your notes cannot be changed now.</source>
        <translation>Dine noter kan ikke ændres lige nu.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_session.py" line="76"/>
        <source>Note not saved</source>
        <translation>Noten er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_session.py" line="77"/>
        <source>Your note could not be saved.</source>
        <translation>Din note kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_session.py" line="81"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_session.py" line="82"/>
        <source>Copy the text and close</source>
        <translation>Kopiér teksten og luk</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_session.py" line="83"/>
        <source>Don&apos;t close</source>
        <translation>Luk ikke</translation>
    </message>
    <message>
        <source>%1 file(s) with note text that could not be saved earlier are in %2. Copy what you need into your notes, then delete the files.</source>
        <translation>%1 fil(er) med notetekst, som ikke kunne gemmes tidligere, ligger i %2. Kopiér det, du skal bruge, ind i dine noter, og slet derefter filerne.</translation>
    </message>
    <message>
        <source>Cannot open your notes, not even read-only (%1). Notes and highlights are switched off.</source>
        <translation>Kan ikke åbne noterne skrivebeskyttet (%1). Noter og markeringer er slået fra.</translation>
    </message>
</context>
<context>
    <name>AnnotationMessages</name>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="15"/>
        <source>The disk is full, so your last change is not saved yet. It stays in the window and is saved as soon as there is room again; your earlier notes are safe.</source>
        <translation>Disken er fuld, så din seneste ændring er ikke gemt endnu. Den bliver stående i vinduet og gemmes, så snart der er plads igen; dine tidligere noter er i sikkerhed.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="20"/>
        <source>The notes folder cannot be written to, so your last change is not saved yet. It stays in the window and is tried again; your earlier notes are safe.</source>
        <translation>Der kan ikke skrives i notemappen, så din seneste ændring er ikke gemt endnu. Den bliver stående i vinduet, og der prøves igen; dine tidligere noter er i sikkerhed.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="25"/>
        <source>Your notes were saved by a newer minutesapp; this version can only show them.</source>
        <translation>Dine noter er gemt af en nyere minutesapp; denne version kan kun vise dem.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="28"/>
        <source>Another minutesapp is using your notes, so this change was not saved.</source>
        <translation>En anden minutesapp bruger dine noter, så ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="31"/>
        <source>The notes database is damaged, so this change was not saved.</source>
        <translation>Notedatabasen er beskadiget, så ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="34"/>
        <source>That note or highlight no longer exists.</source>
        <translation>Noten eller markeringen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="36"/>
        <source>Your change could not be saved (%1). It stays in the window.</source>
        <translation>Din ændring kunne ikke gemmes (%1). Den bliver stående i vinduet.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="43"/>
        <source>minutesapp is already open in another window, which owns your notes. They are shown here read-only; close the other window to write notes here.</source>
        <translation>minutesapp er allerede åben i et andet vindue, som har dine noter. Her vises de skrivebeskyttet; luk det andet vindue for at skrive noter her.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="49"/>
        <source>Your notes were saved by a newer version of minutesapp. They are shown read-only; update minutesapp to edit them.</source>
        <translation>Dine noter er gemt af en nyere version af minutesapp. De vises skrivebeskyttet; opdatér minutesapp for at redigere dem.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="54"/>
        <source>The notes folder cannot be written to, so your notes are shown read-only.</source>
        <translation>Der kan ikke skrives i notemappen, så dine noter vises skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="64"/>
        <source>The notes database was damaged. Your notes were restored from the backup of %1; changes made after that are lost. The damaged file was kept as %2.</source>
        <translation>Notedatabasen var beskadiget. Dine noter er genskabt fra sikkerhedskopien fra %1; ændringer derefter er tabt. Den beskadigede fil er gemt som %2.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="73"/>
        <source>The notes database was damaged and no good backup was found, so it starts empty. The damaged file was kept as %1.</source>
        <translation>Notedatabasen var beskadiget, og der blev ikke fundet nogen brugbar sikkerhedskopi, så den starter tom. Den beskadigede fil er gemt som %1.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/annotation_messages.py" line="82"/>
        <source>Your notes could not be opened (%1). Notes and highlights are switched off.</source>
        <translation>Dine noter kunne ikke åbnes (%1). Noter og markeringer er slået fra.</translation>
    </message>
</context>
<context>
    <name>CaseHistoryModel</name>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="59"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="59"/>
        <source>Body</source>
        <translation>Udvalg</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="59"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="60"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="61"/>
        <source>Found in</source>
        <translation>Fundet i</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="80"/>
        <source>(no date)</source>
        <translation>(ingen dato)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="88"/>
        <source>(no decision recorded)</source>
        <translation>(ingen beslutning)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="92"/>
        <source>quoted in %1</source>
        <translation>citeret i %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="115"/>
        <source>Type a case number, or choose Follow the case on an item.</source>
        <translation>Skriv et sagsnummer, eller vælg Følg sagen på et punkt.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="117"/>
        <source>Case %1 is not in the library.</source>
        <translation>Sag %1 findes ikke i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="119"/>
        <source>Case %1: %2 treatments, oldest first. Double-click one to open it.</source>
        <translation>Sag %1: %2 behandlinger, ældste først. Dobbeltklik for at åbne en.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="123"/>
        <source>Case number, e.g. 21/24526 or EMN-2025-003928</source>
        <translation>Sagsnummer, fx 21/24526 eller EMN-2025-003928</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="124"/>
        <source>Case number</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="125"/>
        <source>Show treatments</source>
        <translation>Vis behandlinger</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="126"/>
        <source>Treatments of the case</source>
        <translation>Sagens behandlinger</translation>
    </message>
</context>
<context>
    <name>DecisionOverviewDialog</name>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="179"/>
        <source>Decision overview</source>
        <translation>Beslutningsoversigt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_panel.py" line="180"/>
        <source>Decisions: %1</source>
        <translation>Beslutninger: %1</translation>
    </message>
</context>
<context>
    <name>DecisionOverviewModel</name>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="122"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="122"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="122"/>
        <source>Outcome</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="123"/>
        <source>Against</source>
        <translation>Imod</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="123"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="124"/>
        <location filename="../../minutesapp/ui/case_models.py" line="143"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="137"/>
        <source>(no decision)</source>
        <translation>(ingen beslutning)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/case_models.py" line="145"/>
        <source>Case no. %1</source>
        <translation>Sagsnr. %1</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="21"/>
        <source>The file does not exist (any more).</source>
        <translation>Filen findes ikke (længere).</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="22"/>
        <source>The file cannot be read. Check that it is a file and that you may open it.</source>
        <translation>Filen kan ikke læses. Kontrollér, at det er en fil, og at du har adgang til at åbne den.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="23"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="24"/>
        <source>The file is neither a PDF nor a text file.</source>
        <translation>Filen er hverken en PDF eller en tekstfil.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="25"/>
        <source>The file is damaged and cannot be read as a PDF.</source>
        <translation>Filen er beskadiget og kan ikke læses som PDF.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="26"/>
        <source>The PDF is password-protected.</source>
        <translation>PDF-filen er beskyttet med adgangskode.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="27"/>
        <source>The PDF contains no text (it is probably scanned), so it cannot be read.</source>
        <translation>PDF-filen indeholder ingen tekst (den er sikkert scannet), så den kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="28"/>
        <source>Reading the file took too long and was stopped.</source>
        <translation>Det tog for lang tid at læse filen, så læsningen blev stoppet.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="29"/>
        <source>The file is too large to be read.</source>
        <translation>Filen er for stor til at blive læst.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="30"/>
        <source>Opening the file was cancelled.</source>
        <translation>Åbningen af filen blev annulleret.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="31"/>
        <source>An unexpected error occurred while reading the file.</source>
        <translation>Der opstod en uventet fejl under læsningen af filen.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="39"/>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n annotation(s) not found in this version are listed at the end.</source>
        <translation>
            <numerusform>%n markering, der ikke findes i denne version, står til sidst.</numerusform>
            <numerusform>%n markeringer, der ikke findes i denne version, står til sidst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with notes, highlights or a star.</source>
        <translation>
            <numerusform>%n punkt med noter, markeringer eller stjerne.</numerusform>
            <numerusform>%n punkter med noter, markeringer eller stjerne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) of the meeting.</source>
        <translation>
            <numerusform>Mødets %n punkt.</numerusform>
            <numerusform>Alle mødets %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="45"/>
        <source>Include the recommendation (Indstilling)</source>
        <translation>Medtag indstillingen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="46"/>
        <source>Include the decision (Beslutning)</source>
        <translation>Medtag beslutningen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="47"/>
        <source>All items, with room to write (preparation sheet)</source>
        <translation>Alle punkter, med plads til at skrive (forberedelsesark)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="70"/>
        <source>No item has notes, highlights or a star yet. Choose all items for a preparation sheet.</source>
        <translation>Intet punkt har noter, markeringer eller stjerne endnu. Vælg alle punkter for at få et forberedelsesark.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="86"/>
        <location filename="../../minutesapp/ui/export_dialog.py" line="92"/>
        <source>Export notes to PDF</source>
        <translation>Eksportér noter til PDF</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="87"/>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="105"/>
        <source>Notes exported to %1</source>
        <translation>Noterne er eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="106"/>
        <source>The notes could not be exported.</source>
        <translation>Noterne kunne ikke eksporteres.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="111"/>
        <source>Print notes</source>
        <translation>Udskriv noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="112"/>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="133"/>
        <location filename="../../minutesapp/ui/export_dialog.py" line="135"/>
        <source>The notes could not be printed.</source>
        <translation>Noterne kunne ikke udskrives.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="191"/>
        <source>Your notes could not be read.</source>
        <translation>Dine noter kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/export_dialog.py" line="206"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>FailureTableModel</name>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="201"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="201"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="84"/>
        <source>No hits</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="86"/>
        <source>%1 of %2 here · %3 items</source>
        <translation>%1 af %2 her · %3 punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="80"/>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="81"/>
        <location filename="../../minutesapp/ui/find_bar.py" line="82"/>
        <source>Find in the minutes</source>
        <translation>Find i referatet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="83"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Forrige fund (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="84"/>
        <source>Previous hit</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="85"/>
        <source>Next hit (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="86"/>
        <source>Next hit</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="87"/>
        <source>Close find bar (Esc)</source>
        <translation>Luk søgelinjen (Esc)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/find_bar.py" line="88"/>
        <source>Close find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="27"/>
        <location filename="../../minutesapp/ui/formatting.py" line="29"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="28"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/formatting.py" line="30"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="264"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message>
        <source>Comment on the highlighted text:</source>
        <translation>Kommentar til den markerede tekst:</translation>
    </message>
    <message>
        <source>Highlight comment</source>
        <translation>Kommentar til markering</translation>
    </message>
    <message>
        <source>Highlight with comment</source>
        <translation>Markér med kommentar</translation>
    </message>
    <message>
        <source>Only the item&apos;s own text can be highlighted.</source>
        <translation>Kun punktets egen tekst kan markeres.</translation>
    </message>
    <message>
        <source>Select some text of the item first.</source>
        <translation>Markér først noget af punktets tekst.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>punkt %1</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../minutesapp/ui/highlight_style.py" line="40"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/highlight_style.py" line="41"/>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/highlight_style.py" line="42"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/highlight_style.py" line="43"/>
        <source>Pink</source>
        <translation>Lyserød</translation>
    </message>
</context>
<context>
    <name>IndexingProgress</name>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="56"/>
        <source>Updating the library…</source>
        <translation>Opdaterer biblioteket…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="61"/>
        <source>Indexed %1 (%2 of %3)</source>
        <translation>Indekseret %1 (%2 af %3)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="65"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="66"/>
        <source>Stop indexing; what is indexed so far is kept</source>
        <translation>Stop indekseringen; det, der allerede er indekseret, bevares</translation>
    </message>
</context>
<context>
    <name>ItemDocument</name>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="267"/>
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="269"/>
        <source>Closed item</source>
        <translation>Lukket punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="273"/>
        <source>Case no. %1</source>
        <translation>Sagsnr. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="105"/>
        <location filename="../../minutesapp/ui/item_document.py" line="276"/>
        <source>Recommendation</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="283"/>
        <source>No recommendation</source>
        <translation>Ingen indstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="107"/>
        <location filename="../../minutesapp/ui/item_document.py" line="287"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="104"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="106"/>
        <source>Case presentation</source>
        <translation>Sagsfremstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="108"/>
        <location filename="../../minutesapp/ui/item_document.py" line="303"/>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="109"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="317"/>
        <source>Earlier treatment</source>
        <translation>Tidligere behandling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="330"/>
        <source>No decision yet</source>
        <translation>Ingen beslutning endnu</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="336"/>
        <source>(item %1)</source>
        <translation>(punkt %1)</translation>
    </message>
    <message>
        <source>Treated – the minutes do not give the decision.</source>
        <translation>Behandlet – referatet gengiver ikke beslutningen.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="341"/>
        <source>Against:</source>
        <translation>Imod:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="343"/>
        <location filename="../../minutesapp/ui/item_document.py" line="375"/>
        <source>Absent:</source>
        <translation>Fraværende:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="371"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="372"/>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="373"/>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="374"/>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="381"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/item_document.py" line="385"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="164"/>
        <source>The library cannot be opened: %1</source>
        <translation>Biblioteket kan ikke åbnes: %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="166"/>
        <source>The library is empty. Add files or a folder of minutes.</source>
        <translation>Biblioteket er tomt. Tilføj filer eller en mappe med referater.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="168"/>
        <source>%1 meetings from %2 bodies</source>
        <translation>%1 møder fra %2 udvalg</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="170"/>
        <source>Files that could not be read (%1)</source>
        <translation>Filer, der ikke kunne læses (%1)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="173"/>
        <source>Meetings in the library</source>
        <translation>Møder i biblioteket</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_panel.py" line="174"/>
        <source>Files that could not be read</source>
        <translation>Filer, der ikke kunne læses</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>(unknown body)</source>
        <translation>(ukendt udvalg)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="124"/>
        <source>Body / meeting</source>
        <translation>Udvalg / møde</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="124"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="125"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="125"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_models.py" line="137"/>
        <source>(no date)</source>
        <translation>(ingen dato)</translation>
    </message>
</context>
<context>
    <name>LibraryUi</name>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="177"/>
        <source>Follow the &amp;case %1</source>
        <translation>Følg s&amp;agen %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="179"/>
        <source>Follow the &amp;case</source>
        <translation>Følg s&amp;agen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="189"/>
        <source>Add minutes to the library</source>
        <translation>Tilføj referater til biblioteket</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="190"/>
        <source>Minutes (%1);;All files (*)</source>
        <translation>Referater (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="195"/>
        <source>Add a folder of minutes</source>
        <translation>Tilføj en mappe med referater</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="206"/>
        <source>Library updated: %1 new or changed, %2 removed</source>
        <translation>Biblioteket er opdateret: %1 nye eller ændrede, %2 fjernet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="209"/>
        <source>The library is up to date</source>
        <translation>Biblioteket er opdateret</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="211"/>
        <source>%1 could not be read</source>
        <translation>%1 kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="213"/>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="217"/>
        <source>The library could not be updated: %1</source>
        <translation>Biblioteket kunne ikke opdateres: %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="222"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="223"/>
        <source>Show &amp;library</source>
        <translation>Vis &amp;bibliotek</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="224"/>
        <source>&amp;Search the library…</source>
        <translation>&amp;Søg i biblioteket…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="225"/>
        <source>&amp;Decision overview…</source>
        <translation>Beslutnings&amp;oversigt…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="226"/>
        <source>Add &amp;files…</source>
        <translation>Tilføj &amp;filer…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="227"/>
        <source>Add f&amp;older…</source>
        <translation>Tilføj &amp;mappe…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="228"/>
        <source>&amp;Update library</source>
        <translation>Op&amp;datér bibliotek</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="229"/>
        <source>Pick up new and changed files, drop removed ones</source>
        <translation>Find nye og ændrede filer, fjern slettede</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="230"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="231"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="232"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/library_ui.py" line="233"/>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="208"/>
        <source>Open minutes</source>
        <translation>Åbn referat</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="208"/>
        <source>Minutes (*.pdf *.txt);;All files (*)</source>
        <translation>Referater (*.pdf *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="219"/>
        <source>Opening %1…</source>
        <translation>Åbner %1…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="244"/>
        <source>Opened %1</source>
        <translation>Åbnede %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="249"/>
        <location filename="../../minutesapp/ui/main_window.py" line="250"/>
        <source>Opening %1 was cancelled.</source>
        <translation>Åbningen af %1 blev annulleret.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="258"/>
        <source>No minutes are open. Open a file with File &gt; Open (Ctrl+O) or drop a PDF or text file here.</source>
        <translation>Intet referat er åbent. Åbn en fil med Filer &gt; Åbn (Ctrl+O), eller træk en PDF- eller tekstfil herind.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="316"/>
        <source>at %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="320"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="378"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="379"/>
        <source>Stop opening the file</source>
        <translation>Stop åbningen af filen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/error_messages.py" line="78"/>
        <location filename="../../minutesapp/ui/error_messages.py" line="79"/>
        <source>Hide message</source>
        <translation>Skjul beskeden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="382"/>
        <source>Item text</source>
        <translation>Punktets tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="394"/>
        <source>About minutesapp</source>
        <translation>Om minutesapp</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/main_window.py" line="395"/>
        <source>minutesapp reads council meeting minutes and agendas: find the item, its recommendation and its decision in seconds, offline.</source>
        <translation>minutesapp læser kommunale mødereferater og dagsordener: find punktet, indstillingen og beslutningen på sekunder — også offline.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="161"/>
        <source>(no recent files)</source>
        <translation>(ingen seneste filer)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="126"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="128"/>
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="129"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="130"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="131"/>
        <source>Open the &amp;sample minutes</source>
        <translation>Åbn &amp;eksempelreferatet</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="133"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Ryd listen</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="134"/>
        <source>Show original &amp;page</source>
        <translation>Vis den originale &amp;side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="135"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="136"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="137"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="138"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="139"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;næste</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="140"/>
        <source>Find pre&amp;vious</source>
        <translation>Find &amp;forrige</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="141"/>
        <source>Filter &amp;items</source>
        <translation>&amp;Filtrér punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="142"/>
        <source>Next i&amp;tem</source>
        <translation>Næste &amp;punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="143"/>
        <source>Previous it&amp;em</source>
        <translation>F&amp;orrige punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/window_actions.py" line="146"/>
        <source>&amp;About minutesapp</source>
        <translation>&amp;Om minutesapp</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="192"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="272"/>
        <source>Case no. %1</source>
        <translation>Sagsnr. %1</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="274"/>
        <source>Closed item</source>
        <translation>Lukket punkt</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="276"/>
        <source>Has a decision</source>
        <translation>Har en beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="279"/>
        <source>Starred</source>
        <translation>Stjernemarkeret</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="281"/>
        <source>Has my notes</source>
        <translation>Har mine noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/meeting_model.py" line="283"/>
        <source>Not read yet</source>
        <translation>Ikke læst endnu</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>My note on item %1</source>
        <translation>Min note til punkt %1</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mine noter</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>The notes database cannot be written.</source>
        <translation>Der kan ikke skrives til notedatabasen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Punkt: %1</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Møde: %1</translation>
    </message>
    <message>
        <source>Note copied</source>
        <translation>Noten er kopieret</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Noten er ikke gemt</translation>
    </message>
    <message>
        <source>The text could not be written to a file either (%1). It is only on the clipboard, which is emptied when minutesapp closes: paste it somewhere safe first. Close anyway?</source>
        <translation>Teksten kunne heller ikke skrives til en fil (%1). Den findes kun på udklipsholderen, som tømmes, når minutesapp lukker: indsæt den et sikkert sted først. Vil du lukke alligevel?</translation>
    </message>
    <message>
        <source>The text is on the clipboard, and also saved in this file:
%1</source>
        <translation>Teksten er på udklipsholderen og er også gemt i denne fil:
%1</translation>
    </message>
    <message>
        <source>minutesapp: notes that could not be saved (%1)</source>
        <translation>minutesapp: noter, der ikke kunne gemmes (%1)</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="229"/>
        <source>Not found in this version</source>
        <translation>Ikke fundet i denne version</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="263"/>
        <source>Note on %1:</source>
        <translation>Note til %1:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="297"/>
        <source>Highlights (%1)</source>
        <translation>Markeringer (%1)</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="306"/>
        <source>Write your note on this item here. It is saved by itself while you write.</source>
        <translation>Skriv din note til punktet her. Den gemmes af sig selv, mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="308"/>
        <source>My note</source>
        <translation>Min note</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="309"/>
        <source>My highlights</source>
        <translation>Mine markeringer</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/notes_pane.py" line="310"/>
        <source>Select text above and press Ctrl+H to highlight it.</source>
        <translation>Markér tekst ovenfor og tryk Ctrl+H for at fremhæve den.</translation>
    </message>
    <message>
        <source>Note changed %1:</source>
        <translation>Note ændret %1:</translation>
    </message>
    <message>
        <source>Other notes on this item</source>
        <translation>Andre noter på dette punkt</translation>
    </message>
    <message>
        <source>Other notes on this item (%1), read-only: your typing goes into the note above.</source>
        <translation>Andre noter på dette punkt (%1), skrivebeskyttet: det, du skriver, kommer i noten ovenfor.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="182"/>
        <source>No page</source>
        <translation>Ingen side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="184"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="189"/>
        <location filename="../../minutesapp/ui/page_view.py" line="190"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="191"/>
        <location filename="../../minutesapp/ui/page_view.py" line="192"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="193"/>
        <location filename="../../minutesapp/ui/page_view.py" line="194"/>
        <source>Zoom out the page</source>
        <translation>Zoom ud på siden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="195"/>
        <location filename="../../minutesapp/ui/page_view.py" line="196"/>
        <source>Zoom in the page</source>
        <translation>Zoom ind på siden</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="197"/>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/page_view.py" line="198"/>
        <source>Original page</source>
        <translation>Original side</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="139"/>
        <source>The library cannot be opened.</source>
        <translation>Biblioteket kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="147"/>
        <source>Nothing to search for</source>
        <translation>Intet at søge efter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="156"/>
        <source>No results</source>
        <translation>Ingen resultater</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="158"/>
        <source>1 result</source>
        <translation>1 resultat</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="160"/>
        <source>The first %1 results</source>
        <translation>De første %1 resultater</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="161"/>
        <source>%1 results</source>
        <translation>%1 resultater</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="180"/>
        <location filename="../../minutesapp/ui/search_panel.py" line="213"/>
        <source>All bodies</source>
        <translation>Alle udvalg</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="195"/>
        <source>Search all meetings: words, &quot;a phrase&quot;, word*, a OR b, -word</source>
        <translation>Søg i alle møder: ord, &quot;en frase&quot;, ord*, a OR b, -ord</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="196"/>
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="197"/>
        <source>&amp;Body:</source>
        <translation>&amp;Udvalg:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="198"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Søg i:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="199"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="200"/>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="202"/>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="204"/>
        <source>All text</source>
        <translation>Al tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="205"/>
        <source>Only decisions</source>
        <translation>Kun beslutninger</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="206"/>
        <source>Only recommendations</source>
        <translation>Kun indstillinger</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="207"/>
        <source>Titles</source>
        <translation>Titler</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="208"/>
        <source>My notes</source>
        <translation>Mine noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_panel.py" line="214"/>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="33"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="34"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="35"/>
        <source>Recommendation</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="36"/>
        <source>Case presentation</source>
        <translation>Sagsfremstilling</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="37"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="38"/>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="39"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="40"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="41"/>
        <source>My notes</source>
        <translation>Mine noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/search_models.py" line="63"/>
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="190"/>
        <source>Window</source>
        <translation>Vindue</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="202"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="203"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="203"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/help_dialogs.py" line="203"/>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>TocPane</name>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="158"/>
        <source>Narrow the list by title, case number or text</source>
        <translation>Afgræns listen efter titel, sagsnummer eller tekst</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="159"/>
        <source>Filter items</source>
        <translation>Filtrér punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="160"/>
        <source>Table of contents</source>
        <translation>Indholdsfortegnelse</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="161"/>
        <source>All items</source>
        <translation>Alle punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="162"/>
        <source>With my notes</source>
        <translation>Har mine noter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="163"/>
        <source>Starred</source>
        <translation>Stjernemarkerede</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="164"/>
        <source>Show items</source>
        <translation>Vis punkter</translation>
    </message>
    <message>
        <location filename="../../minutesapp/ui/toc_pane.py" line="165"/>
        <source>Show all items, only those with your notes, or only starred ones</source>
        <translation>Vis alle punkter, kun dem med dine noter, eller kun de stjernemarkerede</translation>
    </message>
</context>
</TS>
