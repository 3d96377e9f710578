using NodaTime;

namespace RoleModel.Interop.SchemaOrg;

/// <summary>What a schema.org <c>JobPosting</c> needs that a role does not have. Immutable.</summary>
public sealed class JobPostingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="hiringOrganization">The name of the organisation that hires.</param>
    /// <param name="location">Where the job is, as an address text.</param>
    /// <param name="datePosted">The day the posting is published.</param>
    /// <param name="validThrough">The last day the posting is open.</param>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="validThrough"/> is before <paramref name="datePosted"/>.</exception>
    public JobPostingDetails(string hiringOrganization, string location, LocalDate datePosted, LocalDate validThrough)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hiringOrganization);
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (validThrough < datePosted)
        {
            throw new ArgumentException("A posting cannot close before it is posted.", nameof(validThrough));
        }

        HiringOrganization = hiringOrganization;
        Location = location;
        DatePosted = datePosted;
        ValidThrough = validThrough;
    }

    /// <summary>The hiring organisation's name.</summary>
    public string HiringOrganization { get; }

    /// <summary>The job's location.</summary>
    public string Location { get; }

    /// <summary>The day posted.</summary>
    public LocalDate DatePosted { get; }

    /// <summary>The last day open.</summary>
    public LocalDate ValidThrough { get; }
}
