using System.Globalization;
using System.Linq;
using System.Text;
using CeuRules.Evaluation;
using CeuRules.Tests.PublicApi;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Every word of the explained evaluation, pinned: 80 generated scenarios (a fixed seed, every policy
/// of <see cref="AnyPolicyGenerators.Catalog"/>, transcripts with duplicates, every unit and kind, exam
/// attempts, as-of dates before, during and long after the cycle) rendered in full (status and its
/// explanation, deadlines, requirements, plan, fees, notes, and per activity what counted toward what
/// and why the rest did not) and compared with the approved text. A change to a rule, a message or a
/// note shows up here as a reviewable diff; set CEURULES_UPDATE_SNAPSHOTS=1 to approve it.
/// </summary>
public sealed class ExplanationSnapshotTest
{
    private const string ApprovedFile = "tests/CeuRules.Tests/Evaluation/explanations.approved.txt";

    [Fact]
    public void Generated_evaluations_explain_themselves_as_approved()
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 12).Sample(40, new Rnd(20261123UL, 977UL), 80);
        var text = new StringBuilder();
        int number = 0;
        foreach (var scenario in scenarios)
        {
            Write(text, ++number, scenario, evaluator.Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf));
        }
        ApprovedApi.VerifyText(text.ToString(), ApprovedFile, "The explained evaluations");
    }

    private static void Write(StringBuilder text, int number, Scenario scenario, CertificationEvaluation result)
    {
        var c = CultureInfo.InvariantCulture;
        var certification = scenario.Certification;
        text.AppendLine(c, $"== {number}: {result.Policy.PolicyId}, certified {certification.CertifiedOn:uuuu-MM-dd}{(certification.IsMember ? ", member" : string.Empty)}, as of {result.AsOf:uuuu-MM-dd}, exam attempts [{string.Join(", ", certification.ExamAttempts.Select(a => $"{a.On:uuuu-MM-dd} {(a.Passed ? "passed" : "failed")}"))}]");
        text.AppendLine(c, $"status {result.Status.ToId()} ({result.StatusRule.RuleId}): {result.StatusExplanation}");
        text.AppendLine(c, $"window {result.Window.Start:uuuu-MM-dd}..{result.Window.End:uuuu-MM-dd}, expires {result.ExpiresOn:uuuu-MM-dd}, last CE day {result.LastCeDay:uuuu-MM-dd}");
        text.AppendLine(c, $"deadlines: {string.Join("; ", result.Deadlines.Select(d => $"{d.Kind.ToId()} {d.Date:uuuu-MM-dd} ({d.DaysFromAsOf} days, {d.Rule.RuleId}{(d.Applies ? ", applies" : string.Empty)})"))}");
        text.AppendLine(c, $"next step: {result.NextStep} {result.NextStep.Code} [{result.NextStep.Rule.RuleId}] {string.Join(", ", result.NextStep.Arguments)}");
        foreach (var route in result.Routes)
        {
            text.AppendLine(c, $"route {route} [{route.Rule.RuleId}] {string.Join(", ", route.Arguments)}");
        }
        text.AppendLine(c, $"exam: {(result.Exam is { } exam ? $"{exam.FailedAttempts} failed, {exam.AttemptsLeft} of {exam.MaxAttempts} left" : "no route")}");
        foreach (var requirement in result.Requirements)
        {
            text.AppendLine(c, $"requirement {requirement} [{requirement.Rule.RuleId}]");
        }
        text.AppendLine(c, $"plan: {result.Plan}; by category {string.Join(", ", result.Plan.ByCategory)}");
        text.AppendLine(c, $"fees: {string.Join("; ", result.Fees.Select(f => $"{f} ({f.Rule.RuleId})"))}");
        foreach (var note in result.Notes)
        {
            text.AppendLine(c, $"note {note}");
        }
        foreach (var activity in result.Activities)
        {
            text.AppendLine(c, $"- {activity.ActivityId}: {activity.Submitted} {activity.Unit} submitted");
            foreach (var counted in activity.Counted)
            {
                text.AppendLine(c, $"  counted {counted.Amount} {counted.Category?.Id ?? "(no category)"} {(counted.Approved ? "approved" : "not approved")} toward {counted.RequirementId} [{string.Join(", ", counted.CountsToward)}]");
            }
            foreach (var refused in activity.NotCounted)
            {
                text.AppendLine(c, $"  not counted {refused.Amount} {refused.Reason.ToId()} ({refused.RuleId}): {refused.Message}");
            }
            foreach (var note in activity.Notes)
            {
                text.AppendLine(c, $"  note: {note}");
            }
        }
    }
}
