namespace RoleModel.Discovery.Tests;

/// <summary>Small hand-made corpora whose right answers can be checked by reading them.</summary>
internal static class Corpora
{
    public static DiscoveryCorpus Municipal() => new(
        [
            Task("cdo-a", "ai-pilot", "KI-Pilot für die Sachbearbeitung", "Pilot: AI assistance for case workers", ["act-pilot"], ["ai-literacy", "change"]),
            Task("cdo-b", "ai-assist", "Pilotprojekt KI-Assistenz im Bürgerbüro", "Pilot project AI assistant in the citizens' office", ["act-pilot"], ["ai-literacy"]),
            Task("cdo-c", "open-data", "Offene Daten veröffentlichen", "Publish open data", ["act-data"], ["data-law"]),
            Task("cdo-c", "budget", "Haushalt der Digitalisierung planen", "Plan the digitalisation budget", ["act-budget"], ["finance"]),
        ],
        [
            new DiscoveryActivity("act-group", LocalizedText.Of("en", "Manage technology")),
            new DiscoveryActivity("act-pilot", LocalizedText.Of("en", "Pilot new technology in services"), ["act-group"]),
            new DiscoveryActivity("act-data", LocalizedText.Of("en", "Publish data sets"), ["act-group"]),
            new DiscoveryActivity("act-budget", LocalizedText.Of("en", "Prepare budgets")),
        ],
        new Dictionary<string, LocalizedText> { ["ai-literacy"] = LocalizedText.Of("en", "AI literacy") },
        new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>> { ["cdo-c"] = ["finance"] });

    private static DiscoveryTask Task(string role, string id, string german, string english, string[] activities, string[] competencies) =>
        new(role, id, new LocalizedText([new("de", german), new("en", english)]), activities, competencies);
}
