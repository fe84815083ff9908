using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>Deadlines and fees.</summary>
public sealed partial class Explainer
{
    /// <summary>What a deadline is: "Last day to recertify by continuing education (CE)".</summary>
    /// <param name="kind">The kind of deadline.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public string DeadlineName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => Get("Deadline.Expiration"),
        DeadlineKind.LastCeDay => Get("Deadline.LastCeDay"),
        DeadlineKind.ExamApplication => Get("Deadline.ExamApplication"),
        DeadlineKind.ExamPass => Get("Deadline.ExamPass"),
        DeadlineKind.AnnualFee => Get("Deadline.AnnualFee"),
        DeadlineKind.LastReactivationDay => Get("Deadline.LastReactivationDay"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown deadline kind."),
    };

    /// <summary>What a fee is for: "Recertification by CE", "Annual fee".</summary>
    /// <param name="kind">The kind of fee.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public string FeeName(FeeKind kind) => kind switch
    {
        FeeKind.CeRecertification => Get("Fee.CeRecertification"),
        FeeKind.Exam => Get("Fee.Exam"),
        FeeKind.Annual => Get("Fee.Annual"),
        FeeKind.Reactivation => Get("Fee.Reactivation"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fee kind."),
    };

    /// <summary>A deadline in one line: "Last day to recertify by continuing education (CE): 28 February 2026 (in 90 days)".</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public string Deadline(Deadline deadline)
    {
        Preconditions.CheckNotNull(deadline);
        return Format("Deadline.Line", DeadlineName(deadline.Kind), Date(deadline.Date), Distance(deadline.Date.PlusDays(-deadline.DaysFromAsOf), deadline.Date));
    }

    /// <summary>
    /// The deadlines a person reads: those that still apply (<see cref="Deadline.Applies"/>: ahead, on a route
    /// that is open and can still succeed, or an obligation still due), those of the next step's route first,
    /// each group in date order. A date that no longer applies is not listed; where it explains why a route
    /// closed, <see cref="RouteLine(RouteState, CertificationEvaluation)"/> says it.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The deadlines that apply, reordered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static ImmutableArray<Deadline> DeadlinesByRoute(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        var route = evaluation.NextStep.Route;
        bool First(Deadline d) => d.Route is null || d.Route == route;
        return [.. evaluation.Deadlines.Where(d => d.Applies && First(d)), .. evaluation.Deadlines.Where(d => d.Applies && !First(d))];
    }

    /// <summary>A fee due in one line, with the price that applies: "Recertification by CE (member price): $65.00".</summary>
    /// <param name="fee">The fee.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Fee(FeeDue fee, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(fee);
        Preconditions.CheckNotNull(evaluation);
        return Format("Fee.Line", FeeName(fee.Kind), Get(evaluation.Certification.IsMember ? "Fee.Member" : "Fee.NonMember"), Money(fee.Amount));
    }

    /// <summary>The words for a fee or rule that no source of the body itself confirms ("not yet confirmed by the AMT"), or null when the body confirms it.</summary>
    /// <param name="source">The rule's source.</param>
    /// <param name="body">The body whose rule it is.</param>
    /// <returns>The words, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string? Unconfirmed(RuleSource source, CertifyingBody body)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(body);
        return source.Confirmed ? null : Format("Source.Unconfirmed", Body(body));
    }

    /// <summary>The words for the answer when there is no fee on the route that applies.</summary>
    /// <returns>The sentence.</returns>
    public string NoFee() => Get("Fee.None");
}
