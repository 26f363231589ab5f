"""Data files (icons, translations, the sample minutes), installed as minutesapp.resources."""
