using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The RMA (AMT) recertification rules (the Certification Continuation Program), in two versions:
/// before 2021, and from 2021-01-01, when employment may be claimed only for work through
/// 2020-12-31. Every value below is data; docs/credentials/amt-rma.md states each with its source.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AmtRma
{
    private const string P = "amt-rma/";

    private static readonly RuleSource Ccp = new(
        "AMT, Certification Continuation Program (CCP) page: 30 CCP points every 3 years from the certification anniversary; points earned before the cycle start do not count and surplus does not carry over; missing points or fees at the cycle end decertify");

    private static readonly RuleSource ConversionSource = new(
        "AMT, CCP page: CCP points are awarded per contact hour of continuing education; IACET: 1 CEU is 10 contact hours",
        confirmed: false,
        note: "The built-in policy reads one contact hour as one CCP point and one IACET CEU as 10 (docs/decisions.md).");

    private static readonly RuleSource EmploymentSource = new(
        "AMT, CCP page: from 2021-01-01, points for employment as a medical assistant may be claimed only for work through 2020-12-31");

    private static readonly RuleSource ReactivationSource = new(
        "AMT, reactivation page: a decertified RMA reactivates by CCP with 30 points all completed within the 3 years before the application; lapsed 10 years or more, by exam only");

    private static readonly RuleSource FeeSource = new(
        "Published overviews of medical-assistant CE requirements (secondary source): an annual fee of $75 keeps the RMA current, due in the anniversary month",
        confirmed: false,
        note: "An older AMT sheet says $50 (docs/decisions.md).");

    /// <summary>The version for cycles expiring until 2020-12-31: employment counts like any other activity.</summary>
    public static CredentialPolicy Before2021 { get; } = Create(
        "pre-2021", LocalDate.MinIsoValue, "30 CCP points every 3 years; employment counts.", ImmutableArray<ActivityCutoffRule>.Empty);

    /// <summary>The version for cycles expiring from 2021-01-01: employment counts only for work through 2020-12-31.</summary>
    public static CredentialPolicy From2021 { get; } = Create(
        "2021", new LocalDate(2021, 1, 1), "Employment may be claimed only for work through 2020-12-31.",
        ImmutableArray.Create(new ActivityCutoffRule(P + "employment-cutoff", EmploymentSource, ActivityKind.Employment, new LocalDate(2020, 12, 31))));

    /// <summary>Both versions, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Before2021, From2021);

    private static CredentialPolicy Create(string version, LocalDate effectiveFrom, string summary, ImmutableArray<ActivityCutoffRule> cutoffs) =>
        new(Credential.AmtRma, version, effectiveFrom,
            new ExpirationRule(P + "expiration", Ccp, Period.FromYears(3), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule(P + "window", Ccp),
            new UnitRule(P + "units", Ccp, CreditUnit.AmtCcpPoint, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", ConversionSource, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: null),
                new UnitConversion(P + "iacet-ceu", ConversionSource, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: null)))
            {
                PluralName = "CCP points",
                SingularName = "CCP point",
            },
            new CeTimeLimit(P + "reactivation-limit", ReactivationSource, Period.FromYears(10)))
        {
            Summary = summary,
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum(P + "total", Ccp, CreditAmount.FromUnits(30))),
            ReactivationWindow = new ReactivationWindowRule(P + "reactivation-window", ReactivationSource, WindowStart.LookbackFromEnd, Period.FromYears(3)),
            Cutoffs = cutoffs,
            Fees = ImmutableArray.Create(
                new FeeRule(P + "fee-annual", FeeSource, FeeKind.Annual, Money.FromDollars(75), Money.FromDollars(75))),
        };
}
