using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The CMA (AAMA) recertification rules, in two versions: the CE time limit of 60 months in force
/// until 2019-12-31, and the 90-day CE time limit in force from 2020-01-01 with its transition.
/// Every value below is data; docs/credentials/aama-cma.md states each with its source.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AamaCma
{
    private const string P = "aama-cma/";

    private static readonly RuleSource Recertification = new(
        "AAMA, CMA (AAMA) recertification requirements: 60 points in 5 years, 10 administrative, 10 clinical, 10 general, at least 30 AAMA-approved");

    private static readonly RuleSource ExpirationSource = new(
        "AAMA, CMA (AAMA) recertification: current through the last day of the month of certification plus 60 months (certified February 2010, current through the last day of February 2015)");

    private static readonly RuleSource DoesItCount = new(
        "AAMA, \"Does it count?\" guidance on non-AAMA continuing education: at least one 50-minute contact hour, one point per contact hour, credit issued inside the window, split by time across content areas; college credit 15 points, non-AAMA");

    private static readonly RuleSource IacetSource = new(
        "IACET definition of the CEU: 10 contact hours of accredited education (published overviews: 1 CEU for every 10 hours of accredited education)");

    private static readonly RuleSource CprSource = new(
        "AAMA recertification guidance on CPR: a two-year CPR card earns 4 clinical points, at most 3 cards; published overviews list CPR cards among AAMA sources",
        confirmed: true,
        note: "CPR points count as AAMA-source points (docs/decisions.md).");

    private static readonly RuleSource SelfStudySource = new(
        "Published overviews of medical-assistant CE requirements (secondary source): self-study programs must be completed within six months of purchase",
        confirmed: false,
        note: "Not confirmed by the AAMA; a school page mentions four months for a bundle.");

    private static readonly RuleSource CeLimitBefore2020 = new(
        "AAMA, CE recertification application in force until 2019-12-31: an expired CMA (AAMA) could be reactivated by CE for up to 60 months after expiration");

    private static readonly RuleSource CeLimitFrom2020 = new(
        "AAMA, announcement of the CE time limit effective 2020-01-01: recertification by CE through 90 days after expiration; afterwards by exam only",
        confirmed: true,
        note: "Published overviews and some AAMA pages say \"three months\"; the built-in policy counts 90 days (docs/decisions.md).");

    private static readonly RuleSource TransitionSource = new(
        "AAMA, announcement of the CE time limit effective 2020-01-01: credentials expired before 2020 and still inside the 60-month limit could recertify by CE through 30 March 2020");

    private static readonly RuleSource ExamSource = new(
        "AAMA, CMA (AAMA) exam FAQ: pass the exam at least 2 months before expiration, with the application arriving at least 30 days before it; three attempts");

    private static readonly RuleSource FeesSource = new(
        "Published overviews of medical-assistant CE requirements (secondary source): CE recertification $65 members / $130 non-members; exam $125 members / $250 non-members",
        confirmed: false,
        note: "Not confirmed by AAMA pages (docs/decisions.md).");

    private static readonly RuleSource ReactivationFeeSource = new(
        "AAMA, announcement of the CE time limit effective 2020-01-01: a lapsed CMA (AAMA) recertifies by exam plus a $50 reactivation fee");

    /// <summary>The version in force for cycles expiring until 2019-12-31: CE reactivation within 60 months of expiration.</summary>
    public static CredentialPolicy Before2020 { get; } = Create(
        "pre-2020",
        LocalDate.MinIsoValue,
        "CE reactivation allowed for up to 60 months after expiration.",
        new CeTimeLimit(P + "ce-time-limit", CeLimitBefore2020, Period.FromMonths(60)),
        ImmutableArray.Create(
            new FeeRule(P + "fee-ce", FeesSource, FeeKind.CeRecertification, Money.FromDollars(65), Money.FromDollars(130)),
            new FeeRule(P + "fee-exam", FeesSource, FeeKind.Exam, Money.FromDollars(125), Money.FromDollars(250))));

    /// <summary>
    /// The version in force for cycles expiring from 2020-01-01: CE through 90 days after expiration,
    /// then exam only with a reactivation fee; credentials still inside the old limit are treated as
    /// expired on 2019-12-31 (last CE day 2020-03-30).
    /// </summary>
    public static CredentialPolicy From2020 { get; } = Create(
        "2020",
        new LocalDate(2020, 1, 1),
        "CE allowed through 90 days after expiration; then exam only, plus a reactivation fee.",
        new CeTimeLimit(P + "ce-time-limit", CeLimitFrom2020, Period.FromDays(90),
            new CeTimeLimitTransition(P + "ce-time-limit-transition", TransitionSource, new LocalDate(2019, 12, 31))),
        ImmutableArray.Create(
            new FeeRule(P + "fee-ce", FeesSource, FeeKind.CeRecertification, Money.FromDollars(65), Money.FromDollars(130)),
            new FeeRule(P + "fee-exam", FeesSource, FeeKind.Exam, Money.FromDollars(125), Money.FromDollars(250)),
            new FeeRule(P + "fee-reactivation", ReactivationFeeSource, FeeKind.Reactivation, Money.FromDollars(50), Money.FromDollars(50))));

    /// <summary>Both versions, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Before2020, From2020);

    private static CredentialPolicy Create(string version, LocalDate effectiveFrom, string summary, CeTimeLimit ceTimeLimit, ImmutableArray<FeeRule> fees) =>
        new(Credential.AamaCma, version, effectiveFrom,
            new ExpirationRule(P + "expiration", ExpirationSource, Period.FromMonths(60), ExpirationConvention.EndOfMonth),
            new CreditWindowRule(P + "window", Recertification),
            new UnitRule(P + "units", Recertification, CreditUnit.AamaPoint, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", DoesItCount, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: 50),
                new UnitConversion(P + "iacet-ceu", IacetSource, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: 500),
                new UnitConversion(P + "college-credit", DoesItCount, CreditUnit.CollegeCredit, 15m, countsAsNonApproved: true, impliedMinutesPerUnit: 750)))
            {
                PluralName = "AAMA points",
                SingularName = "AAMA point",
            },
            ceTimeLimit)
        {
            Summary = summary,
            Categories = new CategoryRule(P + "categories", Recertification,
                ImmutableArray.Create(Category.General, Category.Clinical, Category.Administrative), required: true),
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum(P + "total", Recertification, CreditAmount.FromUnits(60)),
                new CategoryMinimum(P + "category:general", Recertification, Category.General, CreditAmount.FromUnits(10)),
                new CategoryMinimum(P + "category:clinical", Recertification, Category.Clinical, CreditAmount.FromUnits(10)),
                new CategoryMinimum(P + "category:administrative", Recertification, Category.Administrative, CreditAmount.FromUnits(10)),
                new ApprovedMinimum(P + "approved", Recertification, CreditAmount.FromUnits(30))),
            NonApprovedCap = new NonApprovedCap(P + "non-approved-cap", Recertification, CreditAmount.FromUnits(30)),
            CprCards = new CprCardRule(P + "cpr-cards", CprSource, CreditAmount.FromUnits(4), Category.Clinical,
                requiredValidMonths: 24, maxCards: 3, countsAsApproved: true),
            NonApprovedDuration = new NonApprovedDurationRule(P + "non-approved-duration", DoesItCount, minimumMinutes: 50, minutesPerUnit: 50),
            SelfStudy = new SelfStudyRule(P + "self-study", SelfStudySource, ActivityKind.SelfStudy, Period.FromMonths(6)),
            ExamRoute = new ExamRoute(P + "exam", ExamSource, maxAttempts: 3, Period.FromMonths(2), Period.FromDays(30),
                "ineligible to test or recertify until an accredited medical assisting program is completed again."),
            Fees = fees,
        };
}
