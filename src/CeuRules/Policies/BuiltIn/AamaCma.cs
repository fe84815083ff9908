using System;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The CMA (AAMA) recertification rules, in two versions: the CE time limit of 60 months in force
/// until 2019-12-31, and the 90-day CE time limit in force from 2020-01-01 with its transition; the
/// later version is the earlier one with those rules replaced. Every value below is data, each rule
/// with its sources (page or document, date or revision, authority); docs/credentials/aama-cma.md
/// states each.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class AamaCma
{
    private const string P = "aama-cma/";

    private static readonly Uri RecertificationPolicies = new("https://www.aama-ntl.org/cma-aama-exam/recertification-policies");
    private static readonly Uri ExamFaq = new("https://www.aama-ntl.org/cma-aama-exam/faqs-recertification");
    private static readonly Uri CeFaq = new("https://www.aama-ntl.org/continuing-education/faqs-recertification");
    private static readonly Uri InSight = new("https://cmaaamainsight.wordpress.com/");
    private static readonly Uri PressRelease = new("https://www.prnewswire.com/news-releases/cma-aama-recertification-policy-change-to-take-effect-january-1-2020-300628414.html");

    private const string PolicyFrom2010 = "policy in force from 2010-01-01";

    private const string DoesItCountPost = "\"Does it count?\" post on the AAMA blog, aama-ntl.org (AAMA-blog/2026/06/24/does-it-count--how-to-determine-whether-non-aama-approved-ceus-will-be-accepted)";
    private const string DoesItCountRevision = "first published 2022-02-23, updated 2025-06-24";

    private const string Announcement = "AAMA e-mail announcement \"CMA (AAMA) Recertification Policy Change\" (myemail.constantcontact.com)";

    private static readonly RuleSource ExpirationSource = BuiltInSources.Page(
        "AAMA, Recertification policies: current through the last day of the month of certification or most recent recertification plus 60 months",
        RecertificationPolicies, PolicyFrom2010,
        further: [BuiltInSources.Page(
            "AAMA, CMA (AAMA) exam FAQs on recertification: certified in February 2010, current through the last day of February 2015",
            ExamFaq, BuiltInSources.Current)]);

    private static readonly RuleSource WindowSource = BuiltInSources.Page(
        "AAMA, Recertification policies: recertification by continuing education or by exam, with credit earned from the certification (or most recent recertification) date through expiration",
        RecertificationPolicies, PolicyFrom2010);

    private static readonly RuleSource Recertification = BuiltInSources.Page(
        "AAMA, Continuing education FAQs on recertification: 60 points in 5 years, 10 administrative, 10 clinical, 10 general, at least 30 AAMA-approved",
        CeFaq, BuiltInSources.Current);

    private static readonly RuleSource DoesItCount = BuiltInSources.Document(
        "AAMA, \"Does it count?\" guidance on non-AAMA continuing education: at least one 50-minute contact hour, one point per contact hour, credit issued inside the recertification period, split by time across content areas",
        DoesItCountPost, DoesItCountRevision, SourceAuthority.Body);

    private static readonly RuleSource CollegeCreditSource = BuiltInSources.Document(
        "AAMA, \"Twice as nice\" guidance on college courses: one college credit (semester or quarter) is 15 recertification points, counted as non-AAMA",
        "\"Twice as nice\" post on the AAMA blog, aama-ntl.org (AAMA-blog/2026/06/24/twice-as-nice--how-to-use-college-courses-for-recertification-points)",
        "first published 2022-09-03, updated 2025-06-24", SourceAuthority.Body);

    private static readonly RuleSource IacetSource = BuiltInSources.Iacet(
        "1 CEU is 10 contact hours of accredited education",
        further: [BuiltInSources.Overview("1 CEU for every 10 hours of accredited education")]);

    private static readonly RuleSource CprSource = BuiltInSources.Page(
        "AAMA, CMA (AAMA) In-Sight blog: a two-year CPR card earns 4 clinical points, at most 3 cards",
        InSight, "undated, after 2013",
        note: "CPR points count as AAMA-source points, as the published overviews list CPR cards among the AAMA sources (docs/decisions.md).",
        further: [BuiltInSources.Overview("CPR cards are listed among the AAMA sources of recertification points")]);

    private static readonly RuleSource SelfStudySource = BuiltInSources.Overview(
        "self-study programs must be completed within six months of purchase",
        note: "Not confirmed by the AAMA; a school page mentions four months for a bundle.");

    private static readonly RuleSource CeLimitBefore2020 = BuiltInSources.Document(
        "AAMA, CE recertification application in force until 2019-12-31: an expired CMA (AAMA) could be reactivated by CE for up to 60 months after expiration",
        "Older AAMA CE recertification application, mirrored on studylib.net (doc 8694134)", "before 2020", SourceAuthority.Mirror);

    private static readonly RuleSource CeLimitFrom2020 = BuiltInSources.Document(
        "AAMA, announcement of the CE time limit effective 2020-01-01: recertification by CE through 90 days after expiration; afterwards by exam only",
        Announcement, "2019", SourceAuthority.Body,
        note: "The press release, published overviews and some AAMA pages say \"three months\"; the built-in policy counts 90 days (docs/decisions.md).",
        further: [BuiltInSources.Page(
            "AAMA press release, CMA (AAMA) recertification policy change to take effect January 1, 2020: recertification by CE within three months after expiration",
            PressRelease, "2018-04-12")]);

    private static readonly RuleSource TransitionSource = BuiltInSources.Document(
        "AAMA, announcement of the CE time limit effective 2020-01-01: credentials expired before 2020 and still inside the 60-month limit could recertify by CE through 30 March 2020",
        Announcement, "2019", SourceAuthority.Body);

    private static readonly RuleSource ExamSource = BuiltInSources.Page(
        "AAMA, CMA (AAMA) exam FAQs on recertification: pass the exam at least 2 months before expiration, with the application arriving at least 30 days before it",
        ExamFaq, BuiltInSources.Current,
        further: [BuiltInSources.Overview("three attempts at the exam; after the third failure, ineligible to test or recertify until an accredited medical assisting program is completed again")]);

    private static readonly RuleSource FeesSource = BuiltInSources.Overview(
        "CE recertification $65 members / $130 non-members; exam $125 members / $250 non-members",
        note: "Not confirmed by AAMA pages (docs/decisions.md).");

    private static readonly RuleSource ReactivationFeeSource = BuiltInSources.Document(
        "AAMA, announcement of the CE time limit effective 2020-01-01: a lapsed CMA (AAMA) recertifies by exam plus a $50 reactivation fee",
        Announcement, "2019", SourceAuthority.Body);

    /// <summary>The version in force for cycles expiring until 2019-12-31: CE reactivation within 60 months of expiration.</summary>
    public static CredentialPolicy Before2020 { get; } = CreateBefore2020();

    /// <summary>
    /// The version in force for cycles expiring from 2020-01-01: CE through 90 days after expiration,
    /// then exam only with a reactivation fee; credentials still inside the old limit are treated as
    /// expired on 2019-12-31 (last CE day 2020-03-30). Every other rule is <see cref="Before2020"/>'s.
    /// </summary>
    public static CredentialPolicy From2020 { get; } = Before2020.Revise(
        "2020",
        new LocalDate(2020, 1, 1),
        "CE allowed through 90 days after expiration; then exam only, plus a reactivation fee.",
        [
            new CeTimeLimit(P + "ce-time-limit", CeLimitFrom2020, Period.FromDays(90),
                new CeTimeLimitTransition(P + "ce-time-limit-transition", TransitionSource, new LocalDate(2019, 12, 31))),
            new FeeRule(P + "fee-reactivation", ReactivationFeeSource, FeeKind.Reactivation, Money.FromDollars(50), Money.FromDollars(50)),
        ]);

    /// <summary>Both versions, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Before2020, From2020);

    private static CredentialPolicy CreateBefore2020() =>
        new(Credential.AamaCma, "pre-2020", LocalDate.MinIsoValue,
            new ExpirationRule(P + "expiration", ExpirationSource, Period.FromMonths(60), ExpirationConvention.EndOfMonth),
            new CreditWindowRule(P + "window", WindowSource),
            new UnitRule(P + "units", Recertification, CreditUnit.AamaPoint, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", DoesItCount, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: 50),
                new UnitConversion(P + "iacet-ceu", IacetSource, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: 500),
                new UnitConversion(P + "college-credit", CollegeCreditSource, CreditUnit.CollegeCredit, 15m, countsAsNonApproved: true, impliedMinutesPerUnit: 750)))
            {
                PluralName = "AAMA points",
                SingularName = "AAMA point",
            },
            new CeTimeLimit(P + "ce-time-limit", CeLimitBefore2020, Period.FromMonths(60)))
        {
            Summary = "CE reactivation allowed for up to 60 months after expiration.",
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
            SelfStudy = new SelfStudyRule(P + "self-study", SelfStudySource, LearningActivityKind.SelfStudy, Period.FromMonths(6)),
            ExamRoute = new ExamRoute(P + "exam", ExamSource, maxAttempts: 3, Period.FromMonths(2), Period.FromDays(30),
                "ineligible to test or recertify until an accredited medical assisting program is completed again."),
            Fees = ImmutableArray.Create(
                new FeeRule(P + "fee-ce", FeesSource, FeeKind.CeRecertification, Money.FromDollars(65), Money.FromDollars(130)),
                new FeeRule(P + "fee-exam", FeesSource, FeeKind.Exam, Money.FromDollars(125), Money.FromDollars(250))),
        };
}
