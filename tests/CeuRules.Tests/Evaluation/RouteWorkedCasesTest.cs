using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Routes and the next step, worked by hand per credential and state from RULES.md ("Routes and the
/// next step" and the credential's table). Each case cites the rows it applies and their source (the
/// sources table of RULES.md); the expected action, date, route and codes were computed from those rows,
/// never read off the engine.
/// </summary>
public sealed class RouteWorkedCasesTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static readonly NextAction Apply = NextAction.Apply;
    private static readonly NextAction Earn = NextAction.EarnThenApply;
    private static readonly NextAction Exam = NextAction.Exam;
    private static readonly NextAction Reactivate = NextAction.Reactivate;
    private static readonly NextAction None = NextAction.None;

    private const RecertificationRoute Ce = RecertificationRoute.ContinuingEducation;
    private const RecertificationRoute ExamRoute = RecertificationRoute.Exam;
    private const RecertificationRoute Reactivation = RecertificationRoute.Reactivation;

    private static CertificationEvaluation Eval(Certification certification, LocalDate asOf, params LearningActivity[] activities) =>
        Evaluator.Evaluate(certification, T(activities), asOf);

    /// <summary>The status and the next step: action, date, route and code.</summary>
    private static void Step(CertificationEvaluation r, CertificationStatus status, NextAction action, LocalDate? by, RecertificationRoute? route, string code)
    {
        string got = $"{r.Status.ToId()}; {r.NextStep} [{r.NextStep.Code}]";
        Assert.True(r.Status == status, $"status: expected {status.ToId()}, got {got}");
        Assert.True(r.NextStep.Action == action && r.NextStep.By == by && r.NextStep.Route == route && r.NextStep.Code == code,
            $"next step: expected {action.ToId()} by {by?.ToString() ?? "-"} on {route?.ToId() ?? "-"} [{code}], got {got}");
        Assert.Equal(by is { } date ? Period.DaysBetween(r.AsOf, date) : null, r.NextStep.DaysFromAsOf);
    }

    /// <summary>One route's state.</summary>
    private static void RouteIs(CertificationEvaluation r, RecertificationRoute route, bool open, bool canSucceed, LocalDate? lastDay, string code)
    {
        var state = r.Routes.SingleOrDefault(s => s.Route == route);
        Assert.True(state is not null, $"no {route.ToId()} route among {string.Join("; ", r.Routes)}");
        Assert.True(state.IsOpen == open && state.CanSucceed == canSucceed && state.LastDay == lastDay && state.Code == code,
            $"{route.ToId()}: expected {(open ? "open" : "closed")}{(canSucceed ? ", can succeed" : string.Empty)}, last day {lastDay?.ToString() ?? "-"} ({code}), got {state}");
    }

    private static void NoRoute(CertificationEvaluation r, RecertificationRoute route) =>
        Assert.True(r.Routes.All(s => s.Route != route), $"unexpected {route.ToId()} route among {string.Join("; ", r.Routes)}");

    /// <summary>The fees listed, as "kind dollars", in any order.</summary>
    private static void Fees(CertificationEvaluation r, params string[] expected) =>
        Assert.Equal(expected.Order(), r.Fees.Select(f => $"{f.Kind.ToId()} {f.Amount.Cents / 100}").Order());

    private static object? Arg(NextStep step, string name) => step.Arguments.SingleOrDefault(a => a.Name == name).Value;

    private static Deadline Dl(CertificationEvaluation r, DeadlineKind kind) => r.Deadlines.Single(d => d.Kind == kind);

    // ---- CMA (AAMA) ----
    // Expiration: last day of the certification month + 60 months (RULES.md CMA "expiration";
    // https://www.aama-ntl.org/cma-aama-exam/recertification-policies). Certified 2021-02-10: expires 2026-02-28.
    // From 2020: CE through expiration + 90 days (RULES.md CMA "CE time limit, from 2020-01-01"; AAMA e-mail announcement
    // "CMA (AAMA) Recertification Policy Change", myemail.constantcontact.com): last CE day 2026-05-29.
    // Exam without a lapse: apply by expiration - 30 days = 2026-01-29, pass by expiration - 2 months = 2025-12-28
    // (RULES.md CMA "exam route without a lapse"; https://www.aama-ntl.org/cma-aama-exam/faqs-recertification).
    // Fees: CE $65 member, exam $125 member, reactivation $50 (RULES.md CMA "fees", seeds; AAMA announcement for the $50).

    private static readonly LocalDate CmaStart = D(2021, 2, 10);
    private static readonly LocalDate CmaExpires = D(2026, 2, 28);
    private static readonly LocalDate CmaLastCe = D(2026, 5, 29);
    private static readonly LocalDate CmaPassBy = D(2025, 12, 28);

    private static LearningActivity[] CmaFull() => [.. FullCycle(CmaStart)];

    private static LearningActivity[] CmaForty() =>
        [Approved("g", D(2021, 6, 1), 20, "general"), Approved("c", D(2022, 6, 1), 10, "clinical"), Approved("a", D(2023, 6, 1), 10, "administrative")];

    [Fact]
    public void Cma_met_before_expiration_applies_by_expiration()
    {
        // Routes rule 2: met and the CE route open, expiration ahead: apply by expiration (2026-02-28).
        var r = Eval(Cma(CmaStart), D(2025, 12, 1), CmaFull());
        Step(r, CertificationStatus.RequirementsMet, Apply, CmaExpires, Ce, RouteCodes.ApplyByExpiration);
        Assert.Equal(89, r.NextStep.DaysFromAsOf); // 30 days of December + 31 of January + 28 of February
        RouteIs(r, Ce, true, true, CmaLastCe, RouteCodes.CeMet);
        RouteIs(r, ExamRoute, true, true, CmaPassBy, RouteCodes.ExamWithoutLapse); // both exam dates ahead; the earlier, passing, is the last day
        Assert.Equal(CmaLastCe, Arg(r.NextStep, "lastCeDay"));
        Fees(r, "ce-recertification 65");
        Assert.True(Dl(r, DeadlineKind.Expiration).Applies);
    }

    [Fact]
    public void Cma_met_after_expiration_within_the_ce_time_limit_applies_by_the_last_ce_day()
    {
        // Routes rule 2: met, CE open (2026-04-01 <= 2026-05-29), expiration passed: apply by the last CE day.
        var r = Eval(Cma(CmaStart), D(2026, 4, 1), CmaFull());
        Step(r, CertificationStatus.RequirementsMet, Apply, CmaLastCe, Ce, RouteCodes.ApplyWhileExpired);
        RouteIs(r, Ce, true, true, CmaLastCe, RouteCodes.CeMet);
        RouteIs(r, ExamRoute, true, true, null, RouteCodes.ExamOpen); // its dates to stay current have passed: no date
        Fees(r, "ce-recertification 65");
        Assert.False(Dl(r, DeadlineKind.Expiration).Applies);
        Assert.False(Dl(r, DeadlineKind.ExamPass).Applies);
        Assert.False(Dl(r, DeadlineKind.ExamApplication).Applies);
    }

    [Fact]
    public void Cma_in_progress_earns_then_applies_by_expiration()
    {
        // Routes rule 3: 40 of 60 points (RULES.md CMA "CE route total"; https://www.aama-ntl.org/continuing-education/faqs-recertification),
        // the window ends at expiration: earn 20 by 2026-02-28 and apply by 2026-02-28.
        var r = Eval(Cma(CmaStart), D(2025, 6, 1), CmaForty());
        Step(r, CertificationStatus.InProgress, Earn, CmaExpires, Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(CmaExpires, Arg(r.NextStep, "earnBy"));
        Assert.Equal(new Credit(CreditAmount.FromUnits(20), CreditUnit.AamaPoint), Arg(r.NextStep, "needed"));
        RouteIs(r, Ce, true, true, CmaLastCe, RouteCodes.CeCanSucceed);
        RouteIs(r, ExamRoute, true, true, CmaPassBy, RouteCodes.ExamWithoutLapse);
        Fees(r, "ce-recertification 65");
        Assert.True(Dl(r, DeadlineKind.ExamPass).Applies);
        Assert.True(Dl(r, DeadlineKind.ExamApplication).Applies);
    }

    [Fact]
    public void Cma_exam_dates_ahead_then_passed()
    {
        // RULES.md CMA "exam route without a lapse" (https://www.aama-ntl.org/cma-aama-exam/faqs-recertification):
        // on 2025-12-28 (pass by) both dates are ahead and the exam route's last day is 2025-12-28 ("today");
        // on 2025-12-29 passing 2 months before expiration is no longer possible: the exam route has no date,
        // and neither exam deadline applies (the application date, 2026-01-29, is ahead but its route has no gapless date left).
        var onTheDay = Eval(Cma(CmaStart), CmaPassBy, CmaForty());
        RouteIs(onTheDay, ExamRoute, true, true, CmaPassBy, RouteCodes.ExamWithoutLapse);
        Assert.True(Dl(onTheDay, DeadlineKind.ExamPass).Applies);
        Assert.Equal(0, Dl(onTheDay, DeadlineKind.ExamPass).DaysFromAsOf);
        var dayAfter = Eval(Cma(CmaStart), D(2025, 12, 29), CmaForty());
        RouteIs(dayAfter, ExamRoute, true, true, null, RouteCodes.ExamOpen);
        Assert.False(Dl(dayAfter, DeadlineKind.ExamPass).Applies);
        Assert.False(Dl(dayAfter, DeadlineKind.ExamApplication).Applies);
        // The CE route still can succeed: the step stays earn-then-apply by expiration.
        Step(dayAfter, CertificationStatus.InProgress, Earn, CmaExpires, Ce, RouteCodes.EarnThenApplyByExpiration);
    }

    [Fact]
    public void Cma_within_the_ce_time_limit_unmet_takes_the_exam_without_a_date()
    {
        // RULES.md routes table: for the CMA the window ends at expiration, so within the CE time limit an unmet
        // CE route is open but cannot succeed; rule 4: the exam, with no date (its dates passed), exam fee only
        // (the reactivation fee is added only past the CE time limit).
        var r = Eval(Cma(CmaStart), D(2026, 4, 1), CmaForty());
        Step(r, CertificationStatus.WithinCeTimeLimit, Exam, null, ExamRoute, RouteCodes.ExamOpen);
        RouteIs(r, Ce, true, false, CmaLastCe, RouteCodes.CeWindowEnded);
        RouteIs(r, ExamRoute, true, true, null, RouteCodes.ExamOpen);
        Fees(r, "exam 125");
        Assert.False(Dl(r, DeadlineKind.LastCeDay).Applies); // the CE route cannot succeed: its last day is no deadline
    }

    [Fact]
    public void Cma_lapsed_takes_the_exam_and_pays_the_reactivation_fee()
    {
        // RULES.md CMA "CE time limit, from 2020-01-01": past 2026-05-29 exam only, plus the $50 reactivation fee.
        var r = Eval(Cma(CmaStart), D(2026, 5, 30), CmaFull());
        Step(r, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(r, Ce, false, false, CmaLastCe, RouteCodes.CeTimeLimitPassed);
        RouteIs(r, ExamRoute, true, true, null, RouteCodes.ExamAfterLapse);
        Fees(r, "exam 125", "reactivation 50");
        Assert.DoesNotContain(r.Deadlines, d => d.Applies);
    }

    [Fact]
    public void Cma_last_days_are_today()
    {
        // The last CE day itself (2026-05-29): met, apply today (0 days). Expiration itself (2026-02-28): the
        // window's last day, unmet, earn and apply today.
        var lastCe = Eval(Cma(CmaStart), CmaLastCe, CmaFull());
        Step(lastCe, CertificationStatus.RequirementsMet, Apply, CmaLastCe, Ce, RouteCodes.ApplyWhileExpired);
        Assert.Equal(0, lastCe.NextStep.DaysFromAsOf);
        var expiration = Eval(Cma(CmaStart), CmaExpires, CmaForty());
        Step(expiration, CertificationStatus.InProgress, Earn, CmaExpires, Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(0, expiration.NextStep.DaysFromAsOf);
        Assert.True(Dl(expiration, DeadlineKind.Expiration).Applies);
    }

    [Fact]
    public void Cma_three_failed_exams_leave_no_route()
    {
        // RULES.md CMA "exam attempts" (seeds + AAMA): after the third failure, ineligible to test or recertify.
        // Routes rule 1: no route open: none, no date, no fee.
        var cma = Cma(CmaStart, true, new ExamAttempt(D(2022, 3, 1), false), new ExamAttempt(D(2022, 9, 1), false), new ExamAttempt(D(2023, 3, 1), false));
        var r = Eval(cma, D(2023, 6, 1), CmaFull());
        Step(r, CertificationStatus.Ineligible, None, null, null, RouteCodes.NoRouteAttemptsExhausted);
        RouteIs(r, Ce, false, false, CmaLastCe, RouteCodes.AttemptsExhausted);
        RouteIs(r, ExamRoute, false, false, null, RouteCodes.AttemptsExhausted);
        Fees(r);
        Assert.DoesNotContain(r.Deadlines, d => d.Applies);
    }

    [Fact]
    public void Cma_cycle_from_before_2020_expiring_after_it_follows_the_2020_limit()
    {
        // Certified 2016-05-01: expires 2021-05-31, governed by the version in force at expiration (2020): last CE day
        // 2021-05-31 + 90 days = 2021-08-29 (RULES.md CMA "CE time limit, from 2020-01-01"; AAMA announcement).
        var start = D(2016, 5, 1);
        var r = Eval(Cma(start), D(2021, 7, 1), [.. FullCycle(start)]);
        Step(r, CertificationStatus.RequirementsMet, Apply, D(2021, 8, 29), Ce, RouteCodes.ApplyWhileExpired);
    }

    [Fact]
    public void Cma_before_2020_lapsed_before_2020_takes_the_exam_without_the_reactivation_fee()
    {
        // Certified 2008-06-15: expires 2013-06-30; 60-month CE limit (RULES.md CMA "CE time limit, until 2019-12-31";
        // older AAMA CE application, studylib.net doc 8694134): last CE day 2018-06-30, before 2020, so no transition.
        // 2018-07-01: lapsed, exam only; the reactivation fee is a 2020 rule.
        var r = Eval(Cma(D(2008, 6, 15)), D(2018, 7, 1));
        Step(r, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(r, Ce, false, false, D(2018, 6, 30), RouteCodes.CeTimeLimitPassed);
        Fees(r, "exam 125");
    }

    [Fact]
    public void Cma_before_2020_within_the_old_limit_takes_the_exam_while_ce_cannot_succeed()
    {
        // Certified 2012-03-15: expires 2017-03-31. The old 60-month limit would end 2022-03-31, but the 2020 transition
        // treats it as expired 2019-12-31: last CE day 2020-03-30 (RULES.md CMA "2020 transition"; AAMA announcement).
        // 2019-06-01, unmet: the window ended 2017-03-31, CE cannot succeed; the exam, no date.
        var r = Eval(Cma(D(2012, 3, 15)), D(2019, 6, 1));
        Step(r, CertificationStatus.WithinCeTimeLimit, Exam, null, ExamRoute, RouteCodes.ExamOpen);
        RouteIs(r, Ce, true, false, D(2020, 3, 30), RouteCodes.CeWindowEnded);
    }

    [Fact]
    public void Cma_2020_transition_last_ce_day_is_2020_03_30()
    {
        // Certified 2013-04-10: expires 2018-04-30, met in 2014. Transition: last CE day 2020-03-30 (RULES.md CMA
        // "2020 transition"; AAMA e-mail announcement). On 2020-03-30: apply today. On 2020-03-31: lapsed, exam.
        var start = D(2013, 4, 10);
        var today = Eval(Cma(start), D(2020, 3, 30), [.. FullCycle(start)]);
        Step(today, CertificationStatus.RequirementsMet, Apply, D(2020, 3, 30), Ce, RouteCodes.ApplyWhileExpired);
        Assert.Equal(0, today.NextStep.DaysFromAsOf);
        RouteIs(today, Ce, true, true, D(2020, 3, 30), RouteCodes.CeMet);
        var lapsed = Eval(Cma(start), D(2020, 3, 31), [.. FullCycle(start)]);
        Step(lapsed, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(lapsed, Ce, false, false, D(2020, 3, 30), RouteCodes.CeTimeLimitPassed);
    }

    [Fact]
    public void Cma_lapsed_under_the_2020_transition_pays_the_reactivation_fee()
    {
        // RULES.md CMA "2020 transition": the credential is treated as if it expired on 2019-12-31 and its last CE day
        // is the 2020 rule's (2020-03-30); the same 2020 row says "afterwards exam only, plus a $50 reactivation fee"
        // (AAMA e-mail announcement "CMA (AAMA) Recertification Policy Change"). So lapsing on 2020-03-31 under the
        // transition owes the exam fee and the $50 reactivation fee.
        var r = Eval(Cma(D(2013, 4, 10)), D(2020, 4, 1));
        Step(r, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        var listed = string.Join(", ", r.Fees);
        Assert.True(r.Fees.Any(f => f.Kind == FeeKind.Reactivation && f.Amount == Money.FromDollars(50)),
            "A CMA lapsed under the 2020 transition (last CE day 2020-03-30 by the 2020 rule) should owe the $50 reactivation fee with the exam fee "
            + $"(RULES.md CMA 'CE time limit, from 2020-01-01' and '2020 transition'); the engine lists only the fees of the pre-2020 version that governs the cycle: {listed}");
        Assert.Contains(r.Fees, f => f.Kind == FeeKind.Exam && f.Amount == Money.FromDollars(125));
    }

    // ---- RMA (AMT) ----
    // Cycle: 3 years from the certification anniversary (RULES.md RMA "cycle";
    // https://www.americanmedtech.org/Stay-Certified/How-Does-the-CCP-Program-Work); 30 CCP points (RULES.md RMA "points").
    // Reactivation by CCP: 30 points completed within the 3 years before the application; lapsed 10 years or more: exam only
    // (RULES.md RMA "reactivation"; https://americanmedtech.org/reactivate-certification). The RMA has no CE time limit:
    // after expiration its way back is reactivation (routes table). Annual fee $50 in the anniversary month
    // (RULES.md RMA "annual fee"; https://americanmedtech.org/Certification/Stay-Certified/tabs/3).

    private static Certification Rma(LocalDate on) => new(Credential.AmtRma, on) { IsMember = true };

    private static LearningActivity Ccp(string id, LocalDate on, decimal points) =>
        new(id, LearningActivityKind.Course, on) { Title = "CCP " + id, Credits = [Line(points, null!, approved: false, unit: CreditUnit.AmtCcpPoint)] };

    [Fact]
    public void Rma_in_progress_earns_by_expiration_and_its_reactivation_day_is_no_deadline()
    {
        // Certified 2024-03-15: expires 2027-03-14; reactivation possible through 2037-03-14 but closed until expiration.
        // 10 of 30 points on 2025-01-10: earn 20, apply by 2027-03-14. Fees: the $50 annual fee, due 2025-03-31.
        var r = Eval(Rma(D(2024, 3, 15)), D(2025, 1, 10), Ccp("a", D(2024, 6, 1), 10));
        Step(r, CertificationStatus.InProgress, Earn, D(2027, 3, 14), Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(new Credit(CreditAmount.FromUnits(20), CreditUnit.AmtCcpPoint), Arg(r.NextStep, "needed"));
        RouteIs(r, Ce, true, true, D(2027, 3, 14), RouteCodes.CeCanSucceed); // the CE route ends at expiration
        RouteIs(r, Reactivation, false, false, D(2037, 3, 14), RouteCodes.ReactivationNotYet);
        NoRoute(r, ExamRoute);
        Fees(r, "annual 50");
        Assert.False(Dl(r, DeadlineKind.LastReactivationDay).Applies);
        Assert.True(Dl(r, DeadlineKind.AnnualFee).Applies);
        Assert.Equal(D(2025, 3, 31), Dl(r, DeadlineKind.AnnualFee).Date);
    }

    [Fact]
    public void Rma_met_applies_by_expiration()
    {
        var r = Eval(Rma(D(2024, 3, 15)), D(2026, 6, 1), Ccp("a", D(2024, 6, 1), 15), Ccp("b", D(2025, 6, 1), 15));
        Step(r, CertificationStatus.RequirementsMet, Apply, D(2027, 3, 14), Ce, RouteCodes.ApplyByExpiration);
    }

    [Fact]
    public void Rma_expired_with_30_points_in_the_last_3_years_reactivates()
    {
        // Certified 2018-03-15: expires 2021-03-14, reactivation through 2031-03-14. On 2023-06-01 the rolling window is
        // 2020-06-01..2023-06-01 and holds 30 points: reactivate by 2031-03-14. The CE route ended at expiration.
        var r = Eval(Rma(D(2018, 3, 15)), D(2023, 6, 1), Ccp("a", D(2022, 1, 10), 30));
        Step(r, CertificationStatus.RequirementsMet, Reactivate, D(2031, 3, 14), Reactivation, RouteCodes.Reactivate);
        RouteIs(r, Ce, false, false, D(2021, 3, 14), RouteCodes.CeEndedAtExpiration);
        RouteIs(r, Reactivation, true, true, D(2031, 3, 14), RouteCodes.ReactivationMet);
        Fees(r); // the built-in RMA policy states no reactivation fee
    }

    [Fact]
    public void Rma_expired_points_older_than_3_years_do_not_reactivate()
    {
        // Same certificate: 30 points on 2019-05-01 were in the cycle, but not within the 3 years before 2023-06-01:
        // earn 30 and reactivate by 2031-03-14.
        var r = Eval(Rma(D(2018, 3, 15)), D(2023, 6, 1), Ccp("a", D(2019, 5, 1), 30));
        Step(r, CertificationStatus.WithinCeTimeLimit, Reactivate, D(2031, 3, 14), Reactivation, RouteCodes.EarnThenReactivate);
        Assert.Equal(new Credit(CreditAmount.FromUnits(30), CreditUnit.AmtCcpPoint), Arg(r.NextStep, "needed"));
        RouteIs(r, Reactivation, true, true, D(2031, 3, 14), RouteCodes.ReactivationCanSucceed);
        Assert.True(Dl(r, DeadlineKind.LastReactivationDay).Applies);
    }

    [Fact]
    public void Rma_last_reactivation_day_is_today_and_the_day_after_is_the_exam()
    {
        // Certified 2010-03-15: expires 2013-03-14; 10 years later, 2023-03-14, is the last day to reactivate ("today").
        // From 2023-03-15 it has lapsed 10 years: exam only, no date; the built-in RMA policy states no exam fee.
        var today = Eval(Rma(D(2010, 3, 15)), D(2023, 3, 14));
        Step(today, CertificationStatus.WithinCeTimeLimit, Reactivate, D(2023, 3, 14), Reactivation, RouteCodes.EarnThenReactivate);
        Assert.Equal(0, today.NextStep.DaysFromAsOf);
        var lapsed = Eval(Rma(D(2010, 3, 15)), D(2023, 3, 15));
        Step(lapsed, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(lapsed, Ce, false, false, D(2013, 3, 14), RouteCodes.CeTimeLimitPassed);
        RouteIs(lapsed, ExamRoute, true, true, null, RouteCodes.ExamAfterLapse);
        RouteIs(lapsed, Reactivation, false, false, D(2023, 3, 14), RouteCodes.ReactivationLimitPassed);
        Fees(lapsed);
        Assert.DoesNotContain(lapsed.Deadlines, d => d.Applies);
    }

    // ---- CCMA (NHA) ----
    // 10 NHA CE credits every 2 years (RULES.md CCMA "cycle", "credits";
    // https://www.nhanow.com/certification/Before-After-Certification/continuing-education); no CE time limit
    // (RULES.md CCMA "CE time limit": none); fee $179 (seeds). Certified 2024-05-20: expires 2026-05-19.

    private static Certification Ccma(LocalDate on) => new(Credential.NhaCcma, on);

    private static LearningActivity Nha(string id, LocalDate on, decimal credits) =>
        new(id, LearningActivityKind.Course, on) { Title = "NHA " + id, DurationMinutes = (int)(credits * 120), Credits = [Line(credits, null!, approved: false, unit: CreditUnit.NhaCredit)] };

    [Fact]
    public void Ccma_in_progress_met_today_and_lapsed()
    {
        var start = D(2024, 5, 20);
        var expires = D(2026, 5, 19);
        var progress = Eval(Ccma(start), D(2025, 5, 1), Nha("a", D(2024, 9, 1), 4));
        Step(progress, CertificationStatus.InProgress, Earn, expires, Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(new Credit(CreditAmount.FromUnits(6), CreditUnit.NhaCredit), Arg(progress.NextStep, "needed"));
        RouteIs(progress, Ce, true, true, expires, RouteCodes.CeCanSucceed); // no time limit: the last CE day is expiration
        NoRoute(progress, ExamRoute);
        Fees(progress, "ce-recertification 179");

        var met = Eval(Ccma(start), D(2025, 5, 1), Nha("a", D(2024, 9, 1), 4), Nha("b", D(2025, 2, 1), 6));
        Step(met, CertificationStatus.RequirementsMet, Apply, expires, Ce, RouteCodes.ApplyByExpiration);

        // Expiration itself is the last day: earn and apply today.
        var today = Eval(Ccma(start), expires, Nha("a", D(2024, 9, 1), 4));
        Step(today, CertificationStatus.InProgress, Earn, expires, Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(0, today.NextStep.DaysFromAsOf);

        // The day after: lapsed, the exam is the way back, no date, no fee stated for it.
        var lapsed = Eval(Ccma(start), D(2026, 5, 20), Nha("a", D(2024, 9, 1), 4), Nha("b", D(2025, 2, 1), 6));
        Step(lapsed, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(lapsed, Ce, false, false, expires, RouteCodes.CeTimeLimitPassed);
        RouteIs(lapsed, ExamRoute, true, true, null, RouteCodes.ExamAfterLapse);
        Fees(lapsed);
    }

    // ---- NCMA (NCCT) ----
    // Annual cycle, 14 clock hours (RULES.md NCMA "cycle", "hours"; https://www.ncctinc.com/CE/FAQ.aspx, seeds);
    // outside CE no earlier than the calendar year before the recertification year (RULES.md NCMA "outside CE age";
    // NCCT Outside CE Policy CE-0309, mirror on info.5y1.org); requirements unmet for 5 years: lost, exam required
    // (RULES.md NCMA "loss"; https://ncctinc.com/support); 4 exam attempts (RULES.md NCMA "exam attempts"); fee $77 (seeds).
    // Certified 2025-02-01: expires 2026-01-31; CE allowed through 2031-01-31; the exam only after that.

    private static readonly LocalDate NcmaExpires = D(2026, 1, 31);
    private static readonly LocalDate NcmaLastCe = D(2031, 1, 31);

    private static Certification Ncma(params ExamAttempt[] attempts) => new(Credential.NcctNcma, D(2025, 2, 1)) { ExamAttempts = [.. attempts] };

    private static LearningActivity Hours(string id, LocalDate on, int hours) =>
        new(id, LearningActivityKind.Course, on) { Title = "Course " + id, DurationMinutes = hours * 60 };

    [Fact]
    public void Ncma_met_applies_by_this_years_expiration_not_the_end_of_the_loss_period()
    {
        // Routes rule 2: met and current: apply by expiration, 2026-01-31 (not 2031-01-31, the last CE day).
        var r = Eval(Ncma(), D(2025, 7, 1), Hours("a", D(2025, 6, 1), 14));
        Step(r, CertificationStatus.RequirementsMet, Apply, NcmaExpires, Ce, RouteCodes.ApplyByExpiration);
        RouteIs(r, Ce, true, true, NcmaLastCe, RouteCodes.CeMet);
        RouteIs(r, ExamRoute, false, false, null, RouteCodes.ExamOnlyAfterLapse);
        Fees(r, "ce-recertification 77");
    }

    [Fact]
    public void Ncma_in_progress_earns_then_applies_by_expiration()
    {
        var r = Eval(Ncma(), D(2025, 7, 1), Hours("a", D(2025, 6, 1), 6));
        Step(r, CertificationStatus.InProgress, Earn, NcmaExpires, Ce, RouteCodes.EarnThenApplyByExpiration);
        Assert.Equal(new Credit(CreditAmount.FromUnits(8), CreditUnit.ClockHour), Arg(r.NextStep, "needed"));
        Assert.Equal(NcmaExpires, Arg(r.NextStep, "earnBy"));
    }

    [Fact]
    public void Ncma_expired_within_5_years_still_earns_then_applies_by_the_last_ce_day()
    {
        // 2027-06-01, expired: hours count from 1 January of the year before (2026-01-01) through the application, so the
        // 6 hours of 2025 no longer count: earn 14 by 2031-01-31 and apply by 2031-01-31 (the credential is expired until then).
        var r = Eval(Ncma(), D(2027, 6, 1), Hours("a", D(2025, 6, 1), 6));
        Step(r, CertificationStatus.WithinCeTimeLimit, Earn, NcmaLastCe, Ce, RouteCodes.EarnThenApplyWhileExpired);
        Assert.Equal(new Credit(CreditAmount.FromUnits(14), CreditUnit.ClockHour), Arg(r.NextStep, "needed"));
        Assert.Equal(NcmaLastCe, Arg(r.NextStep, "earnBy"));
        RouteIs(r, Ce, true, true, NcmaLastCe, RouteCodes.CeCanSucceed);
        RouteIs(r, ExamRoute, false, false, null, RouteCodes.ExamOnlyAfterLapse);

        var met = Eval(Ncma(), D(2027, 6, 1), Hours("b", D(2027, 3, 1), 14));
        Step(met, CertificationStatus.RequirementsMet, Apply, NcmaLastCe, Ce, RouteCodes.ApplyWhileExpired);
    }

    [Fact]
    public void Ncma_after_5_years_unmet_takes_the_exam_and_four_failures_end_every_route()
    {
        // 2031-01-31 is the last CE day ("today"); from 2031-02-01 the credential is lost: the exam, no date, 4 attempts.
        var today = Eval(Ncma(), NcmaLastCe);
        Step(today, CertificationStatus.WithinCeTimeLimit, Earn, NcmaLastCe, Ce, RouteCodes.EarnThenApplyWhileExpired);
        Assert.Equal(0, today.NextStep.DaysFromAsOf);

        var lost = Eval(Ncma(), D(2031, 2, 1));
        Step(lost, CertificationStatus.LapsedExamRequired, Exam, null, ExamRoute, RouteCodes.ExamAfterLapse);
        RouteIs(lost, Ce, false, false, NcmaLastCe, RouteCodes.CeTimeLimitPassed);
        RouteIs(lost, ExamRoute, true, true, null, RouteCodes.ExamAfterLapse);
        Assert.Equal(4, lost.Routes.Single(s => s.Route == ExamRoute).Arguments.Single(a => a.Name == "attemptsLeft").Value);
        Fees(lost); // the built-in NCMA policy states no exam fee

        var failed = Enumerable.Range(0, 4).Select(i => new ExamAttempt(D(2031, 3 + i, 1), false)).ToArray();
        var ineligible = Eval(Ncma(failed), D(2031, 7, 1));
        Step(ineligible, CertificationStatus.Ineligible, None, null, null, RouteCodes.NoRouteAttemptsExhausted);
        Assert.All(ineligible.Routes, s => Assert.False(s.IsOpen));
    }
}
