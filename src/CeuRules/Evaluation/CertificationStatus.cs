using System;

namespace CeuRules.Evaluation;

/// <summary>Where a certification stands on the as-of date.</summary>
public enum CertificationStatus
{
    /// <summary>Every requirement is met and the CE route is open: ready to apply (<c>met</c>).</summary>
    RequirementsMet = 0,

    /// <summary>Not yet met and not yet expired: shortfalls and days left (<c>in-progress</c>).</summary>
    InProgress = 1,

    /// <summary>Expired, not met, and the CE route still open until the last CE day (<c>within-ce-time-limit</c>).</summary>
    WithinCeTimeLimit = 2,

    /// <summary>Past the CE time limit: only the exam route remains (<c>lapsed-exam-required</c>).</summary>
    LapsedExamRequired = 3,

    /// <summary>No route left, for example after the last failed exam attempt (<c>ineligible</c>).</summary>
    Ineligible = 4,
}

/// <summary>What an activity's credit was not counted for. The JSON ids are listed on each value.</summary>
public enum NotCountedReason
{
    /// <summary>Completed outside the cycle's window (<c>outside-window</c>).</summary>
    OutsideWindow = 0,

    /// <summary>Completed after the as-of date (<c>after-as-of</c>).</summary>
    AfterAsOf = 1,

    /// <summary>The same activity (same id, or same kind, date, title, provider and credit) comes earlier in canonical order: by completion date, then id (<c>duplicate</c>).</summary>
    Duplicate = 2,

    /// <summary>Beyond a cap of the policy (<c>over-cap</c>).</summary>
    OverCap = 3,

    /// <summary>Shorter than the policy's minimum duration (<c>too-short</c>).</summary>
    TooShort = 4,

    /// <summary>Of a kind or timing the body does not accept (<c>not-accepted</c>).</summary>
    NotAccepted = 5,

    /// <summary>Cannot be decided from the data: a person must review it (<c>needs-review</c>).</summary>
    NeedsReview = 6,

    /// <summary>Stated in no unit the policy counts or converts (<c>unknown-unit</c>).</summary>
    UnknownUnit = 7,

    /// <summary>In a category the policy does not have (<c>unknown-category</c>).</summary>
    UnknownCategory = 8,
}

/// <summary>Kinds of date that matter to the person.</summary>
public enum DeadlineKind
{
    /// <summary>The last day the credential is current (<c>expiration</c>).</summary>
    Expiration = 0,

    /// <summary>The last day recertification by CE is allowed (<c>last-ce-day</c>).</summary>
    LastCeDay = 1,

    /// <summary>The last day for an exam application to arrive without a lapse (<c>exam-application</c>).</summary>
    ExamApplication = 2,

    /// <summary>The last day to pass the exam without a lapse (<c>exam-pass</c>).</summary>
    ExamPass = 3,

    /// <summary>The last day of the anniversary month, when the next annual fee is due (<c>annual-fee</c>).</summary>
    AnnualFee = 4,

    /// <summary>The last day an expired credential can be reactivated, where reactivation follows expiration (<c>last-reactivation-day</c>).</summary>
    LastReactivationDay = 5,
}

/// <summary>The stable identifiers of the evaluation enums, as used in the JSON contract.</summary>
public static class EvaluationIds
{
    /// <summary>The JSON id of a status, for example "in-progress".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public static string ToId(this CertificationStatus status) => status switch
    {
        CertificationStatus.RequirementsMet => "met",
        CertificationStatus.InProgress => "in-progress",
        CertificationStatus.WithinCeTimeLimit => "within-ce-time-limit",
        CertificationStatus.LapsedExamRequired => "lapsed-exam-required",
        CertificationStatus.Ineligible => "ineligible",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>The JSON id of a reason, for example "outside-window".</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public static string ToId(this NotCountedReason reason) => reason switch
    {
        NotCountedReason.OutsideWindow => "outside-window",
        NotCountedReason.AfterAsOf => "after-as-of",
        NotCountedReason.Duplicate => "duplicate",
        NotCountedReason.OverCap => "over-cap",
        NotCountedReason.TooShort => "too-short",
        NotCountedReason.NotAccepted => "not-accepted",
        NotCountedReason.NeedsReview => "needs-review",
        NotCountedReason.UnknownUnit => "unknown-unit",
        NotCountedReason.UnknownCategory => "unknown-category",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };

    /// <summary>The JSON id of a deadline kind, for example "last-ce-day".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string ToId(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Expiration => "expiration",
        DeadlineKind.LastCeDay => "last-ce-day",
        DeadlineKind.ExamApplication => "exam-application",
        DeadlineKind.ExamPass => "exam-pass",
        DeadlineKind.AnnualFee => "annual-fee",
        DeadlineKind.LastReactivationDay => "last-reactivation-day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown deadline kind."),
    };

    /// <summary>The JSON id of a route, for example "ce".</summary>
    /// <param name="route">The route.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not defined.</exception>
    public static string ToId(this Policies.RecertificationRoute route) => route switch
    {
        Policies.RecertificationRoute.ContinuingEducation => "ce",
        Policies.RecertificationRoute.Exam => "exam",
        Policies.RecertificationRoute.Reactivation => "reactivation",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "Unknown route."),
    };

    /// <summary>The JSON id of a next action, for example "earn-then-apply".</summary>
    /// <param name="action">The action.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined.</exception>
    public static string ToId(this NextAction action) => action switch
    {
        NextAction.Apply => "apply",
        NextAction.EarnThenApply => "earn-then-apply",
        NextAction.Exam => "exam",
        NextAction.Reactivate => "reactivate",
        NextAction.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };

    /// <summary>The JSON id of a fee kind, for example "ce-recertification".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string ToId(this Policies.FeeKind kind) => kind switch
    {
        Policies.FeeKind.CeRecertification => "ce-recertification",
        Policies.FeeKind.Exam => "exam",
        Policies.FeeKind.Reactivation => "reactivation",
        Policies.FeeKind.Annual => "annual",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fee kind."),
    };
}
