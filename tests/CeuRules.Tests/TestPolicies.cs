using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>Custom policies: one built from the public rule parts in C#, one read from the shipped JSON policy file.</summary>
public static class TestPolicies
{
    /// <summary>The employer policy of docs/examples/policies/employer-annual.json, read by <see cref="CeuRules.Json.PolicyJsonReader"/>.</summary>
    public static ImmutableArray<CredentialPolicy> FromJson { get; } = ReadShipped("employer-annual.json");

    private static ImmutableArray<CredentialPolicy> ReadShipped(string name)
    {
        for (var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = System.IO.Path.Combine(dir.FullName, "docs", "examples", "policies", name);
            if (System.IO.File.Exists(path))
            {
                var read = CeuRules.Json.PolicyJsonReader.Read(System.IO.File.ReadAllText(path));
                return read.IsValid ? read.Policies : throw new System.InvalidOperationException($"{name}: {string.Join("; ", read.Findings)}");
            }
        }
        throw new System.InvalidOperationException($"docs/examples/policies/{name} not found above the test folder.");
    }

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
