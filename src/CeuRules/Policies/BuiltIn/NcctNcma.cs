using System;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The NCMA (NCCT) recertification rules: 14 clock hours every year, outside CE no older than the
/// calendar year before the recertification year, renewable certifications (CPR, BLS, first aid)
/// refused, recurring employer training counted once per 5 years, the credential lost after 5 years
/// unmet, 4 exam attempts. Every value below is data; docs/credentials/ncct-ncma.md states each
/// with its sources.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class NcctNcma
{
    private const string P = "ncct-ncma/";

    private static readonly Uri Faq = new("https://www.ncctinc.com/CE/FAQ.aspx");
    private static readonly Uri Support = new("https://ncctinc.com/support");

    private const string OutsideCePolicy = "NCCT Outside CE Policy CE-0309, rev. January 2023, mirrored on info.5y1.org";

    private static readonly RuleSource Annual = BuiltInSources.Page(
        "NCCT, CE FAQ: the NCMA recertifies every year with continuing education",
        Faq, "older",
        further: [BuiltInSources.Page("NCCT, Support: annual recertification with continuing education", Support, BuiltInSources.Current)]);

    private static readonly RuleSource Hours = BuiltInSources.Overview(
        "the NCMA recertifies every year with 14 clock hours of continuing education",
        note: "The 14 hours are not confirmed by NCCT pages (docs/decisions.md).");

    private static readonly RuleSource OutsideCe = BuiltInSources.Document(
        "NCCT, Outside CE policy (rev. 2023): outside continuing education must be completed no earlier than the calendar year before the recertification year; clock hours are the real time spent; certifications that need periodic renewal (CPR, BLS, first aid) are not accepted; recurring employer training (HIPAA, bloodborne pathogens) counts once per 5 years",
        OutsideCePolicy, "2023-01", SourceAuthority.Mirror);

    private static readonly RuleSource IacetSource = BuiltInSources.Iacet(
        "1 CEU is 10 contact hours of accredited education",
        confirmed: false,
        note: "The built-in policy reads one contact hour as one clock hour when no duration is documented (docs/decisions.md).");

    private static readonly RuleSource Loss = BuiltInSources.Page(
        "NCCT, CE FAQ: a credential whose recertification requirements stay unmet for 5 years is lost, and the exam must be taken again",
        Faq, "older",
        further: [BuiltInSources.Page("NCCT, Support: requirements unmet for 5 years, credential lost and exam required", Support, BuiltInSources.Current)]);

    private static readonly RuleSource Testing = BuiltInSources.Document(
        "NCCT testing sites: 4 attempts at the exam",
        "NCCT testing sites", revision: null, SourceAuthority.Body,
        note: "No page or revision of the NCCT's is recorded for this value yet.");

    private static readonly RuleSource FeeSource = BuiltInSources.Overview(
        "a $77 annual recertification fee",
        note: "Not confirmed by NCCT pages (docs/decisions.md).");

    /// <summary>The policy, in force for every cycle.</summary>
    public static CredentialPolicy Current { get; } =
        new(Credential.NcctNcma, "rev-2023", LocalDate.MinIsoValue,
            new ExpirationRule(P + "expiration", Annual, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule(P + "window", OutsideCe, WindowStart.CalendarYearBeforeEnd, null),
            new UnitRule(P + "units", OutsideCe, CreditUnit.ClockHour, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", IacetSource, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: null),
                new UnitConversion(P + "iacet-ceu", IacetSource, CreditUnit.IacetCeu, 10m, countsAsNonApproved: false, impliedMinutesPerUnit: null)))
            {
                PluralName = "clock hours",
                SingularName = "clock hour",
                FromDuration = new DurationConversion(P + "duration", OutsideCe, minutesPerUnit: 60),
            },
            new CeTimeLimit(P + "loss", Loss, Period.FromYears(5)))
        {
            Summary = "14 clock hours every year; renewable certifications refused; recurring employer training once per 5 years.",
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum(P + "total", Hours, CreditAmount.FromUnits(14))),
            ReactivationWindow = new ReactivationWindowRule(P + "reactivation-window", OutsideCe, WindowStart.CalendarYearBeforeEnd, null),
            NotAcceptedKinds = new NotAcceptedKindsRule(P + "not-accepted", OutsideCe, ImmutableArray.Create(
                LearningActivityKind.CprCard, LearningActivityKind.BlsCard, LearningActivityKind.FirstAidCard, LearningActivityKind.RenewableCertification)),
            RecurringTraining = new RecurringTrainingRule(P + "recurring-training", OutsideCe, LearningActivityKind.EmployerTraining, Period.FromYears(5)),
            ExamRoute = new ExamRoute(P + "exam", Testing, maxAttempts: 4,
                "no further attempt is allowed under the NCCT's testing policy; contact the NCCT.")
            {
                OnlyAfterLapse = true,
            },
            Fees = ImmutableArray.Create(
                new FeeRule(P + "fee-recertification", FeeSource, FeeKind.CeRecertification, Money.FromDollars(77), Money.FromDollars(77))),
        };

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Current);
}
