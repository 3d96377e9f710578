using System.Text.Json;

namespace RoleModel.Serialization;

/// <summary>Sets up <see cref="JsonSerializerOptions"/> for callers who embed RoleModel values in their own payloads.</summary>
public static class RoleModelJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds converters for <see cref="Catalogue"/> (as a RoleModel document, read strictly and validated) and
    /// for NodaTime's <see cref="NodaTime.LocalDate"/> (<c>2026-11-26</c>) and <see cref="NodaTime.Instant"/>
    /// (<c>2026-11-26T09:30:00Z</c>), the forms the RoleModel format uses. A malformed date or instant is a
    /// <see cref="JsonException"/> that names the value and the expected pattern.
    /// </summary>
    /// <remarks>
    /// Reading a catalogue that has a problem of severity error throws a <see cref="JsonException"/> whose
    /// message lists the problems; use <see cref="RoleModelJson.Read(ReadOnlySpan{byte})"/> to get them as data.
    /// A catalogue is written compactly unless <see cref="JsonSerializerOptions.WriteIndented"/> is set.
    /// </remarks>
    /// <param name="options">The options to change; they must not be in use yet.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are already in use (locked).</exception>
    public static JsonSerializerOptions ConfigureForRoleModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(NodaTimeJsonConverters.Dates());
        options.Converters.Add(NodaTimeJsonConverters.Instants());
        options.Converters.Add(new CatalogueJsonConverter());
        return options;
    }
}
