namespace CeuRules.Recommendations;

/// <summary>
/// The stable codes of a recommendation's reasons and findings. Codes are public contract: renaming
/// one is a breaking change. Each reason lists the names of its <see cref="RecommendationReason.Arguments"/>.
/// </summary>
public static class RecommendationCodes
{
    /// <summary>An alternative: the transcript already holds an activity with the course's id; its credit already counts. Arguments: <c>activity</c> (string).</summary>
    public const string AlreadyTaken = "already-taken";

    /// <summary>An alternative: a body refuses the course's credit. Arguments: <c>credential</c> (Credential), <c>decision</c> (the evaluator's decision code, string).</summary>
    public const string RefusedByBody = "refused-by-body";

    /// <summary>An alternative: the evaluator counts nothing of the course for any credential the person holds that still needs credit. Arguments: none.</summary>
    public const string NoYieldForCredential = "no-yield-for-credential";

    /// <summary>An alternative: its credit is not approved by the body and the non-approved cap is already reached by the selection. Arguments: <c>credential</c> (Credential), <c>limit</c> (Credit).</summary>
    public const string NotApprovedCapReached = "not-approved-cap-reached";

    /// <summary>An alternative: it earns only toward certifications that need nothing more (already current, or beyond reach). Arguments: none.</summary>
    public const string NotNeeded = "not-needed";

    /// <summary>An alternative: it could help, but the chosen courses reach the same for less by the objective. Arguments: <c>objective</c> (string: cost, time or courses).</summary>
    public const string NotOptimal = "not-optimal";

    /// <summary>
    /// An alternative, and a finding's code: the course states no price, so it is not recommended when cost is the objective. Arguments: none.
    /// Also uncovered (requirement "status"): only a selection with courses without a price could make the certification current.
    /// Arguments then: <c>credential</c> (Credential), <c>courses</c> (int: how many courses without a price earn credit toward it).
    /// </summary>
    public const string NoPrice = "no-price";

    /// <summary>
    /// An alternative: for the credential, the evaluator takes the course for a duplicate of an activity already in the transcript
    /// (same content on the same day, or the same id), so it would count nothing. Arguments: <c>credential</c> (Credential),
    /// <c>activity</c> (string: the transcript activity's id).
    /// </summary>
    public const string DuplicateOfTranscript = "duplicate-of-transcript";

    /// <summary>
    /// An alternative: for the credential, the evaluator takes the course for a duplicate of a chosen course (same vendor, kind, title
    /// and credit), so only one of them counts. Arguments: <c>credential</c> (Credential), <c>vendor</c> (string), <c>course</c> (string: the chosen course's id).
    /// </summary>
    public const string DuplicateOfCourse = "duplicate-of-course";

    /// <summary>
    /// An alternative: the credential counts recurring training of one title once per period, and training of this title already
    /// counts (in the transcript, or a chosen course). Arguments: <c>credential</c> (Credential), <c>activity</c> (string: the id of the
    /// transcript activity or of the chosen course), <c>chosen</c> (bool: a chosen course), <c>repeatedOn</c> (LocalDate), <c>countsOncePer</c> (Period).
    /// </summary>
    public const string RecurringCounted = "recurring-counted";

    /// <summary>
    /// A certification's reason, and an alternative's: the requirements are already met, so no course is needed; the engine's next
    /// step is to apply (or reactivate). Arguments: <c>credential</c> (Credential), <c>action</c> (string: the next action's id),
    /// <c>code</c> (string: the next step's code), <c>by</c> (LocalDate, when the step has a last day).
    /// </summary>
    public const string AlreadyMet = "already-met";

    /// <summary>
    /// A certification's reason, uncovered (requirement "status"), and an alternative's: the engine's next step is not to earn credit
    /// (the CE route is closed or can no longer succeed: the exam, or no route), so no course can help. Arguments: <c>credential</c>
    /// (Credential), <c>action</c> (string: the next action's id, <c>exam</c> or <c>none</c>), <c>code</c> (string: the next step's code),
    /// <c>by</c> (LocalDate, when the step has a last day).
    /// </summary>
    public const string RouteClosed = "route-closed";

    /// <summary>Uncovered (no longer made: see <see cref="RouteClosed"/>): the last day of the CE route has passed; the exam route remains. Arguments: <c>credential</c> (Credential), <c>lastCeDay</c> (LocalDate).</summary>
    public const string Lapsed = "lapsed";

    /// <summary>Uncovered (no longer made: see <see cref="RouteClosed"/>): the failed exam attempts leave the person ineligible. Arguments: <c>credential</c> (Credential).</summary>
    public const string Ineligible = "ineligible";

    /// <summary>Uncovered: a course completed on the as-of date falls outside the credit window. Arguments: <c>credential</c> (Credential), <c>start</c>, <c>end</c> (LocalDate).</summary>
    public const string OutsideWindow = "outside-window";

    /// <summary>Uncovered: the catalogs cannot supply enough credit in a category. Arguments: <c>category</c> (Category), <c>shortfall</c> (Credit).</summary>
    public const string CategoryNotSupplied = "category-not-supplied";

    /// <summary>Uncovered: the catalogs cannot supply enough body-approved credit. Arguments: <c>shortfall</c> (Credit).</summary>
    public const string ApprovedNotSupplied = "approved-not-supplied";

    /// <summary>Uncovered: the catalogs cannot supply enough credit in total. Arguments: <c>shortfall</c> (Credit).</summary>
    public const string TotalNotSupplied = "total-not-supplied";

    /// <summary>Uncovered: enough credit is offered in total, but the non-approved cap keeps it from counting. Arguments: <c>shortfall</c> (Credit), <c>limit</c> (Credit).</summary>
    public const string NonApprovedCapReached = "non-approved-cap-reached";

    /// <summary>A finding: no catalog was given, or every catalog is empty.</summary>
    public const string NoCatalog = "no-catalog";

    /// <summary>A finding: the person holds no certification.</summary>
    public const string NoCertification = "no-certification";

    /// <summary>A finding: a certification's credential is not in the policies.</summary>
    public const string UnknownCredential = "unknown-credential";

    /// <summary>A finding: two catalogs of the same vendor publish the same course id; the later one is ignored.</summary>
    public const string DuplicateCourse = "duplicate-course";

    /// <summary>
    /// A finding that should never be made: the evaluator does not confirm a certification the solver
    /// said the selection makes current. It is reported, never hidden; please report it as a bug.
    /// </summary>
    public const string VerificationFailed = "verification-failed";
}
