using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>A custom policy built from the public rule parts, as an employer would write one.</summary>
public static class TestPolicies
{
    private static readonly RuleSource Handbook = new("Example Clinic staff handbook, section 7: annual competency CE");

    /// <summary>The custom credential.</summary>
    public static Credential ClinicCredential { get; } = new("example-clinic-ma", new CertifyingBody("example-clinic", "EXC", "Example Clinic"), "MA-CE", "Example Clinic medical assistant annual CE");

    /// <summary>12 contact hours a year, 2 in safety, half approved by the clinic at most 6 not approved, a 30-day CE time limit.</summary>
    public static ImmutableArray<CredentialPolicy> Custom { get; } = ImmutableArray.Create(
        new CredentialPolicy(ClinicCredential, "2024", LocalDate.MinIsoValue,
            new ExpirationRule("example-clinic-ma/expiration", Handbook, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule("example-clinic-ma/window", Handbook),
            new UnitRule("example-clinic-ma/units", Handbook, CreditUnit.ContactHour, ImmutableArray.Create(
                new UnitConversion("example-clinic-ma/iacet-ceu", Handbook, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: 600)))
            {
                PluralName = "contact hours",
                SingularName = "contact hour",
                FromDuration = new DurationConversion("example-clinic-ma/duration", Handbook, 60),
            },
            new CeTimeLimit("example-clinic-ma/ce-time-limit", Handbook, Period.FromDays(30)))
        {
            Categories = new CategoryRule("example-clinic-ma/categories", Handbook, ImmutableArray.Create(new Category("safety"), Category.Clinical), required: false),
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum("example-clinic-ma/total", Handbook, CreditAmount.FromUnits(12)),
                new CategoryMinimum("example-clinic-ma/category:safety", Handbook, new Category("safety"), CreditAmount.FromUnits(2)),
                new ApprovedMinimum("example-clinic-ma/approved", Handbook, CreditAmount.FromUnits(4))),
            NonApprovedCap = new NonApprovedCap("example-clinic-ma/non-approved-cap", Handbook, CreditAmount.FromUnits(8)),
        });
}
