using System.Linq;
using CeuRules.Evaluation;

namespace CeuRules.Tests.Properties;

/// <summary>A canonical text of an evaluation: equal evaluations render equal, whatever the transcript order.</summary>
internal static class Render
{
    internal static string Of(CertificationEvaluation result)
    {
        var requirements = string.Join("|", result.Requirements.Select(r => $"{r.RequirementId}:{r.Counted}/{r.Required}-{r.Excluded}"));
        var decisions = string.Join("|", result.Activities
            .Select(a => $"{a.ActivityId}:{a.Submitted}=" + string.Join(",", a.Counted.Select(c => $"{c.Amount}@{c.RequirementId}/{c.Approved}"))
                + "/" + string.Join(",", a.NotCounted.Select(n => $"{n.Amount}:{n.Reason}:{n.RuleId}")))
            .OrderBy(s => s, System.StringComparer.Ordinal));
        var plan = $"{result.Plan.Total}/{result.Plan.Approved}/" + string.Join(",", result.Plan.ByCategory.Select(n => $"{n.Category}={n.Amount}"));
        return $"{result.Status}|{result.StatusExplanation}|{result.ExpiresOn}|{result.LastCeDay}|{requirements}|{plan}|{decisions}|"
            + string.Join(",", result.Deadlines.Select(d => $"{d.Kind}={d.Date}")) + "|" + string.Join(",", result.Fees.Select(f => f.ToString()));
    }
}
