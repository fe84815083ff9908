using CeuRules.Evaluation;

namespace CeuRules.Benchmarks;

/// <summary>
/// Reads every decision of an explained evaluation as a caller that shows it would: each activity's
/// submitted, counted and not-counted amounts with their categories, requirements, codes, rules and
/// arguments, its notes, each requirement's row, the plan, the deadlines, the routes and the next step.
/// The words are not read (they are the explanation layer's, composed when read).
/// </summary>
public static class EvaluationReader
{
    /// <summary>Reads every decision and folds what it read into a number, so that nothing read can be skipped.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>A checksum of what was read.</returns>
    public static long ReadAll(CertificationEvaluation evaluation)
    {
        long sum = (long)evaluation.Status + evaluation.ExpiresOn.Day;
        foreach (var activity in evaluation.Activities)
        {
            sum += activity.ActivityId.Length + activity.Submitted.Hundredths;
            foreach (var counted in activity.Counted)
            {
                sum += counted.Amount.Hundredths + (counted.Category is null ? 0 : 1) + counted.RequirementId.Length + counted.CountsToward.Length + (counted.Approved ? 1 : 0);
            }
            foreach (var refused in activity.NotCounted)
            {
                sum += refused.Amount.Hundredths + (long)refused.Reason + refused.Code.Length + refused.RuleId.Length + Arguments(refused.Arguments);
            }
            foreach (var note in activity.Notes)
            {
                sum += note.Code.Length + note.RuleId.Length + Arguments(note.Arguments);
            }
        }
        foreach (var requirement in evaluation.Requirements)
        {
            sum += requirement.Counted.Hundredths + requirement.Shortfall.Hundredths + requirement.Excluded.Hundredths + (requirement.IsMet ? 1 : 0);
        }
        sum += evaluation.Plan.Total.Hundredths + evaluation.Plan.Approved.Hundredths + evaluation.Plan.ByCategory.Length;
        foreach (var deadline in evaluation.Deadlines)
        {
            sum += deadline.Date.Day + deadline.DaysFromAsOf + (deadline.Applies ? 1 : 0);
        }
        foreach (var route in evaluation.Routes)
        {
            sum += route.Code.Length + Arguments(route.Arguments);
        }
        return sum + evaluation.NextStep.Code.Length + Arguments(evaluation.NextStep.Arguments);
    }

    private static long Arguments(System.Collections.Immutable.ImmutableArray<DecisionArgument> arguments)
    {
        long sum = 0;
        foreach (var argument in arguments)
        {
            sum += argument.Name.Length + (argument.Value is null ? 0 : 1);
        }
        return sum;
    }
}
