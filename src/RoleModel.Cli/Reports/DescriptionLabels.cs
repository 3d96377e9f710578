namespace RoleModel.Cli.Reports;

/// <summary>The fixed wording of a job description in English and German; other languages get the English wording.</summary>
internal sealed class DescriptionLabels
{
    private static readonly Dictionary<string, string> German = new(StringComparer.Ordinal)
    {
        ["Job description"] = "Stellenbeschreibung",
        ["As of {0}. Role {1}."] = "Stand: {0}. Stelle {1}.",
        ["Purpose of the role"] = "Zweck der Stelle",
        ["Outcomes"] = "Ergebnisse",
        ["Openness and self-directed work"] = "Gestaltungsspielraum und selbstbestimmte Arbeit",
        ["Fixed: the tasks are assigned; the holder adds none of their own."] = "Fest: Die Aufgaben werden übertragen; eigene Aufgaben kommen nicht hinzu.",
        ["Framed: tasks come within set responsibility areas; the holder may add some."] = "Gerahmt: Aufgaben ergeben sich in festgelegten Verantwortungsbereichen; eigene Aufgaben sind möglich.",
        ["Open: the holder finds the tasks within the mission."] = "Offen: Die Stelleninhaberin oder der Stelleninhaber findet die Aufgaben im Rahmen des Auftrags selbst.",
        ["Expected self-directed share of the working time: {0}. On {1}: {2}."] = "Erwarteter Anteil selbstbestimmter Arbeit an der Arbeitszeit: {0}. Am {1}: {2}.",
        ["Responsibility areas"] = "Verantwortungsbereiche",
        ["Area"] = "Bereich",
        ["Expected share"] = "Erwarteter Anteil",
        ["Share on {0}"] = "Anteil am {0}",
        ["Tasks"] = "Aufgaben",
        ["No."] = "Nr.",
        ["Task"] = "Aufgabe",
        ["Origin"] = "Herkunft",
        ["Share"] = "Anteil",
        ["Total"] = "Summe",
        ["(no area)"] = "(kein Bereich)",
        ["assigned"] = "übertragen",
        ["self-initiated"] = "selbst initiiert",
        ["delegated to this role"] = "an diese Stelle delegiert",
        ["inherited from the template"] = "aus der Vorlage übernommen",
        ["suspended"] = "ruhend",
        ["planned"] = "geplant",
        ["The role had no tasks on that day."] = "Die Stelle hatte an diesem Tag keine Aufgaben.",
        ["Competencies required"] = "Anforderungen an Kompetenzen",
        ["Competency"] = "Kompetenz",
        ["Minimum level"] = "Mindestniveau",
        ["Importance"] = "Bedeutung",
        ["essential"] = "unverzichtbar",
        ["optional"] = "wünschenswert",
        ["any"] = "beliebig",
        [" or "] = " oder ",
        ["How the role has changed"] = "Entwicklung der Stelle",
        ["The role has no recorded history."] = "Für die Stelle sind keine Änderungen erfasst.",
        ["Since {0}: {1} changes took effect. {2} of the working time on {3} goes to tasks that did not exist on {0}; {4} tasks joined and {5} left."] =
            "Seit {0}: {1} Änderungen sind wirksam geworden. {2} der Arbeitszeit am {3} entfallen auf Aufgaben, die es am {0} noch nicht gab; {4} Aufgaben kamen hinzu, {5} fielen weg.",
        ["Latest changes:"] = "Letzte Änderungen:",
        ["{0}: task added: {1}"] = "{0}: Aufgabe hinzugekommen: {1}",
        ["{0}: task changed: {1}"] = "{0}: Aufgabe geändert: {1}",
        ["{0}: task delegated to {2}: {1}"] = "{0}: Aufgabe an {2} abgegeben: {1}",
        ["{0}: task retired: {1}"] = "{0}: Aufgabe entfallen: {1}",
        ["{0}: requirements changed"] = "{0}: Anforderungen geändert",
        ["{0}: definition of the role changed"] = "{0}: Beschreibung der Stelle geändert",
        ["{0} proposals are open: {1}."] = "{0} Vorschläge sind offen: {1}.",
        ["Signatures"] = "Unterschriften",
        ["Role holder"] = "Stelleninhaber/in",
        ["Line manager"] = "Vorgesetzte/r",
        ["Human resources"] = "Personalabteilung",
        ["Date, signature"] = "Datum, Unterschrift",
    };

    private readonly bool german;

    public DescriptionLabels(string language) => german = language.StartsWith("de", StringComparison.OrdinalIgnoreCase);

    public string this[string english] => german && German.TryGetValue(english, out var text) ? text : english;

    public string Format(string english, params object[] values) =>
        string.Format(Text.Culture, this[english], values);
}
