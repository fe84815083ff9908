using System;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The RMA (AMT) recertification rules (the Certification Continuation Program), in two versions:
/// before 2021, and from 2021-01-01, when employment may be claimed only for work through
/// 2020-12-31, built from the earlier one. Every value below is data, each rule with its sources;
/// docs/credentials/amt-rma.md states each. The annual fee is the AMT's own $50; the published
/// overviews' $75 is recorded as a superseded source.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AmtRma
{
    private const string P = "amt-rma/";

    private static readonly Uri CcpPage = new("https://www.americanmedtech.org/Stay-Certified/How-Does-the-CCP-Program-Work");
    private static readonly Uri StayCertified = new("https://americanmedtech.org/Certification/Stay-Certified/tabs/3");
    private static readonly Uri ReactivationPage = new("https://americanmedtech.org/reactivate-certification");

    private const string CcpSheet = "AMT Certification Continuation Program sheet, mirrored on studylib.net (doc 18411541)";
    private const string CcpSheetRevision = "about 2016";

    private static readonly RuleSource CycleSource = BuiltInSources.Page(
        "AMT, How does the CCP program work: a Certification Continuation Program (CCP) cycle of 3 years from the certification anniversary",
        CcpPage, BuiltInSources.Current);

    private static readonly RuleSource InCycleSource = BuiltInSources.Page(
        "AMT, Stay certified: points earned before the cycle start do not count and surplus does not carry into the next cycle",
        StayCertified, BuiltInSources.Current);

    private static readonly RuleSource PointsSource = BuiltInSources.Page(
        "AMT, How does the CCP program work: RMA credit is counted in CCP points",
        CcpPage, BuiltInSources.Current);

    private static readonly RuleSource TotalSource = BuiltInSources.Document(
        "AMT, CCP program sheet: 30 CCP points per 3-year cycle for the RMA",
        CcpSheet, CcpSheetRevision, SourceAuthority.Mirror);

    private static readonly RuleSource ContactHourSource = BuiltInSources.Page(
        "AMT, How does the CCP program work: CCP points are awarded per contact hour of continuing education",
        CcpPage, BuiltInSources.Current, confirmed: false,
        note: "The built-in policy reads one contact hour as one CCP point (docs/decisions.md).");

    private static readonly RuleSource IacetSource = BuiltInSources.Page(
        "AMT, How does the CCP program work: CCP points are awarded per contact hour of continuing education; IACET: 1 CEU is 10 contact hours",
        CcpPage, BuiltInSources.Current, confirmed: false,
        note: "The built-in policy reads one IACET CEU as 10 CCP points (docs/decisions.md).",
        further: [BuiltInSources.Iacet("1 CEU is 10 contact hours of accredited education")]);

    private static readonly RuleSource EmploymentSource = BuiltInSources.Page(
        "AMT, Stay certified: from 2021-01-01, points for employment as a medical assistant may be claimed only for work through 2020-12-31",
        StayCertified, BuiltInSources.Current);

    private static readonly RuleSource ReactivationSource = BuiltInSources.Page(
        "AMT, Reactivate your certification: a decertified RMA reactivates by CCP with 30 points all completed within the 3 years before the application; lapsed 10 years or more, by exam only",
        ReactivationPage, BuiltInSources.Current);

    private static readonly RuleSource FeeSource = BuiltInSources.Page(
        "AMT, Stay certified: an annual fee of $50 keeps the RMA current, due in the anniversary month",
        StayCertified, BuiltInSources.Current,
        note: "The published overviews say $75; the AMT's own page and its CCP sheet say $50, and the body's page wins (docs/decisions.md).",
        further:
        [
            BuiltInSources.Document("AMT, CCP program sheet: an annual fee of $50", CcpSheet, CcpSheetRevision, SourceAuthority.Mirror),
            BuiltInSources.Overview("an annual fee of $75 keeps the RMA current, due in the anniversary month",
                note: "Older or secondary: superseded by the AMT's own $50.", superseded: true),
        ]);

    /// <summary>The version for cycles expiring until 2020-12-31: employment counts like any other activity.</summary>
    public static CredentialPolicy Before2021 { get; } =
        new(Credential.AmtRma, "pre-2021", LocalDate.MinIsoValue,
            new ExpirationRule(P + "expiration", CycleSource, Period.FromYears(3), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule(P + "window", InCycleSource),
            new UnitRule(P + "units", PointsSource, CreditUnit.AmtCcpPoint, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", ContactHourSource, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: null),
                new UnitConversion(P + "iacet-ceu", IacetSource, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: null)))
            {
                PluralName = "CCP points",
                SingularName = "CCP point",
            },
            new CeTimeLimit(P + "reactivation-limit", ReactivationSource, Period.FromYears(10)) { RouteAfterExpiration = RecertificationRoute.Reactivation })
        {
            Summary = "30 CCP points every 3 years; employment counts.",
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum(P + "total", TotalSource, CreditAmount.FromUnits(30))),
            ReactivationWindow = new ReactivationWindowRule(P + "reactivation-window", ReactivationSource, WindowStart.LookbackFromEnd, Period.FromYears(3)),
            Fees = ImmutableArray.Create(
                new FeeRule(P + "fee-annual", FeeSource, FeeKind.Annual, Money.FromDollars(50), Money.FromDollars(50))),
        };

    /// <summary>
    /// The version for cycles expiring from 2021-01-01: employment counts only for work through
    /// 2020-12-31. Every other rule is <see cref="Before2021"/>'s.
    /// </summary>
    public static CredentialPolicy From2021 { get; } = Before2021.Revise(
        "2021", new LocalDate(2021, 1, 1), "Employment may be claimed only for work through 2020-12-31.",
        [new ActivityCutoffRule(P + "employment-cutoff", EmploymentSource, LearningActivityKind.Employment, new LocalDate(2020, 12, 31))]);

    /// <summary>Both versions, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Before2021, From2021);
}
