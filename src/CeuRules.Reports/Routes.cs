using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;

namespace CeuRules.Reports;

/// <summary>Which route to recertify a person is on, read from the evaluation's status, and the deadlines of that route first.</summary>
internal static class Routes
{
    /// <summary>Whether credit can still recertify: the requirements are met, in progress, or within the CE time limit.</summary>
    internal static bool CeRouteOpen(CertificationStatus status) =>
        status is CertificationStatus.RequirementsMet or CertificationStatus.InProgress or CertificationStatus.WithinCeTimeLimit;

    /// <summary>Whether a deadline belongs to the exam route.</summary>
    internal static bool IsExamDeadline(DeadlineKind kind) => kind is DeadlineKind.ExamApplication or DeadlineKind.ExamPass;

    /// <summary>
    /// The deadlines with those of the route the person is on first: on the CE route (met, in progress,
    /// within the CE time limit) every deadline but the exam's, then the exam's; once lapsed, the exam's
    /// first; when ineligible, as the evaluation orders them. Within each group the evaluation's order is kept.
    /// </summary>
    internal static IReadOnlyList<Deadline> DeadlinesRouteFirst(CertificationEvaluation result)
    {
        var deadlines = result.Deadlines;
        if (CeRouteOpen(result.Status))
        {
            return deadlines.Where(d => !IsExamDeadline(d.Kind)).Concat(deadlines.Where(d => IsExamDeadline(d.Kind))).ToList();
        }
        if (result.Status == CertificationStatus.LapsedExamRequired)
        {
            return deadlines.Where(d => IsExamDeadline(d.Kind)).Concat(deadlines.Where(d => !IsExamDeadline(d.Kind))).ToList();
        }
        return deadlines.ToList();
    }
}
