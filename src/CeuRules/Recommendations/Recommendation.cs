using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Explanations;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Recommendations;

/// <summary>
/// A reason as data: a stable code (see <see cref="RecommendationCodes"/>) and the typed facts it was
/// decided from, by name. The recommender writes no sentence; <see cref="Explainer.Reason(RecommendationReason)"/>
/// words it, and <see cref="Describe"/> reads that in the culture the caller names.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecommendationReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">The stable code, one of <see cref="RecommendationCodes"/>.</param>
    /// <param name="arguments">The facts, by name; may be empty.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is empty or white space, or <paramref name="arguments"/> is the default array.</exception>
    public RecommendationReason(string code, ImmutableArray<DecisionArgument> arguments)
    {
        Code = Preconditions.CheckNotBlank(code);
        Preconditions.CheckArgument(!arguments.IsDefault, "The arguments must be an array, possibly empty.", nameof(arguments));
        Arguments = arguments;
    }

    /// <summary>The stable code, one of <see cref="RecommendationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The facts, by name (see <see cref="RecommendationCodes"/> for each code's names).</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>The value of the argument named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value, or null when the reason has no such argument.</returns>
    public object? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name) is { Name: not null } found ? found.Value : null;

    /// <summary>A sentence for the reason in <paramref name="culture"/>: <see cref="Explainer.Reason(RecommendationReason)"/> of <see cref="Explainer.For(CultureInfo)"/> (English and Spanish; others fall back to English).</summary>
    /// <param name="culture">The culture; never the current culture implicitly.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Describe(CultureInfo culture) => Explainer.For(culture).Reason(this);

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>What a recommended course earns toward one requirement of one credential, as the evaluator counts it once the course is added.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecommendedCredit
{
    /// <summary>Creates what a course earns toward one requirement of one credential.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="unit">The policy's unit.</param>
    /// <param name="counted">The credit the evaluator counted, whose amount, category, approval and requirements are taken.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="counted"/> is null.</exception>
    public RecommendedCredit(Credential credential, CreditUnit unit, CountedCredit counted)
    {
        Preconditions.CheckNotNull(counted);
        Credential = credential;
        Unit = unit;
        Amount = counted.Amount;
        Category = counted.Category;
        Approved = counted.Approved;
        RequirementId = counted.RequirementId;
        CountsToward = counted.CountsToward;
    }

    /// <summary>The credential.</summary>
    public Credential Credential { get; }

    /// <summary>The amount counted, exact, in <see cref="Unit"/>.</summary>
    public CreditAmount Amount { get; }

    /// <summary>The policy's unit.</summary>
    public CreditUnit Unit { get; }

    /// <summary>The category it counts in, or null.</summary>
    public Category? Category { get; }

    /// <summary>Whether it counts as approved by the body.</summary>
    public bool Approved { get; }

    /// <summary>The most specific requirement it counts toward, for example "category:clinical" or "total".</summary>
    public string RequirementId { get; }

    /// <summary>Every requirement and cap it counts toward.</summary>
    public ImmutableArray<string> CountsToward { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Credential}: {Amount} {Unit} toward {RequirementId}";
}

/// <summary>A course the recommendation chooses, with its price, its time and what it earns.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecommendedCourse
{
    /// <summary>Creates a chosen course.</summary>
    /// <param name="vendor">The catalog's vendor.</param>
    /// <param name="courseId">The course's id in its catalog.</param>
    /// <param name="title">The course's title.</param>
    /// <param name="kind">The kind of activity.</param>
    /// <param name="price">The price, or null when the catalog states none.</param>
    /// <param name="durationMinutes">The stated duration in minutes, or null; never negative.</param>
    /// <param name="earns">What it earns; may be empty.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="vendor"/>, <paramref name="courseId"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="earns"/> is the default array.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="durationMinutes"/> is negative.</exception>
    public RecommendedCourse(string vendor, string courseId, string title, LearningActivityKind kind, Money? price, int? durationMinutes, ImmutableArray<RecommendedCredit> earns)
    {
        Vendor = Preconditions.CheckNotNull(vendor);
        CourseId = Preconditions.CheckNotNull(courseId);
        Title = Preconditions.CheckNotNull(title);
        Preconditions.CheckArgumentRange(durationMinutes ?? 0, 0, int.MaxValue, nameof(durationMinutes));
        Preconditions.CheckArgument(!earns.IsDefault, "The credit earned must be an array, possibly empty.", nameof(earns));
        Kind = kind;
        Price = price;
        DurationMinutes = durationMinutes;
        Earns = earns;
    }

    /// <summary>The catalog's vendor.</summary>
    public string Vendor { get; }

    /// <summary>The course's id in its catalog.</summary>
    public string CourseId { get; }

    /// <summary>The course's title.</summary>
    public string Title { get; }

    /// <summary>The kind of activity.</summary>
    public LearningActivityKind Kind { get; }

    /// <summary>The price, or null when the catalog states none (possible only when cost is not the objective).</summary>
    public Money? Price { get; }

    /// <summary>The stated duration in minutes, or null.</summary>
    public int? DurationMinutes { get; }

    /// <summary>What it earns, per credential and requirement, as the evaluator counts it with the whole selection added.</summary>
    public ImmutableArray<RecommendedCredit> Earns { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Vendor}/{CourseId}: {Title}";
}

/// <summary>A requirement that no selection from the catalogs can close, with how much stays missing and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UncoveredRequirement
{
    /// <summary>Creates an uncovered requirement.</summary>
    /// <param name="requirementId">The requirement, for example "category:administrative", or "status".</param>
    /// <param name="shortfall">What stays missing, exact.</param>
    /// <param name="unit">The policy's unit.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="requirementId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="requirementId"/> is empty or white space.</exception>
    public UncoveredRequirement(string requirementId, CreditAmount shortfall, CreditUnit unit, RecommendationReason reason)
    {
        RequirementId = Preconditions.CheckNotBlank(requirementId);
        Shortfall = shortfall;
        Unit = unit;
        Reason = Preconditions.CheckNotNull(reason);
    }

    /// <summary>The requirement, for example "category:administrative"; "status" when the dates, not the credit, decide.</summary>
    public string RequirementId { get; }

    /// <summary>What stays missing with every usable course taken, exact; zero for "status".</summary>
    public CreditAmount Shortfall { get; }

    /// <summary>The policy's unit.</summary>
    public CreditUnit Unit { get; }

    /// <summary>Why.</summary>
    public RecommendationReason Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RequirementId}: {Shortfall} {Unit} ({Reason.Code})";
}

/// <summary>What the recommendation means for one certification the person holds.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CertificationOutlook
{
    /// <summary>Creates the outlook of one certification.</summary>
    /// <param name="certification">The certification.</param>
    /// <param name="statusBefore">The status with the transcript as it is.</param>
    /// <param name="statusAfter">The status with the chosen courses added.</param>
    /// <param name="becomesCurrent">Whether the selection makes the requirements met.</param>
    /// <param name="uncovered">What stays uncovered; may be empty.</param>
    /// <param name="evaluationAfter">The evaluator's result with the chosen courses added.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="certification"/> or <paramref name="evaluationAfter"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="uncovered"/> is the default array.</exception>
    public CertificationOutlook(Certification certification, CertificationStatus statusBefore, CertificationStatus statusAfter, bool becomesCurrent,
        ImmutableArray<UncoveredRequirement> uncovered, CertificationEvaluation evaluationAfter)
        : this(certification, statusBefore, statusAfter, becomesCurrent, uncovered, evaluationAfter, null)
    {
    }

    /// <summary>Creates the outlook of one certification, with the reason courses are not offered for it.</summary>
    /// <param name="certification">The certification.</param>
    /// <param name="statusBefore">The status with the transcript as it is.</param>
    /// <param name="statusAfter">The status with the chosen courses added.</param>
    /// <param name="becomesCurrent">Whether the selection makes the requirements met.</param>
    /// <param name="uncovered">What stays uncovered; may be empty.</param>
    /// <param name="evaluationAfter">The evaluator's result with the chosen courses added.</param>
    /// <param name="reason">Why no course is offered for it (<see cref="RecommendationCodes.AlreadyMet"/>, <see cref="RecommendationCodes.RouteClosed"/>), or null.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="certification"/> or <paramref name="evaluationAfter"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="uncovered"/> is the default array.</exception>
    public CertificationOutlook(Certification certification, CertificationStatus statusBefore, CertificationStatus statusAfter, bool becomesCurrent,
        ImmutableArray<UncoveredRequirement> uncovered, CertificationEvaluation evaluationAfter, RecommendationReason? reason)
    {
        Reason = reason;
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(evaluationAfter);
        Preconditions.CheckArgument(!uncovered.IsDefault, "The uncovered requirements must be an array, possibly empty.", nameof(uncovered));
        Certification = certification;
        StatusBefore = statusBefore;
        StatusAfter = statusAfter;
        BecomesCurrent = becomesCurrent;
        Uncovered = uncovered;
        EvaluationAfter = evaluationAfter;
    }

    /// <summary>The certification.</summary>
    public Certification Certification { get; }

    /// <summary>The credential.</summary>
    public Credential Credential => Certification.Credential;

    /// <summary>The status on the as-of date with the transcript as it is.</summary>
    public CertificationStatus StatusBefore { get; }

    /// <summary>The status on the as-of date with the chosen courses added, as the evaluator decides it.</summary>
    public CertificationStatus StatusAfter { get; }

    /// <summary>Whether the selection makes the requirements met (already met before counts); the evaluator confirmed it (see <see cref="StatusAfter"/>).</summary>
    public bool BecomesCurrent { get; }

    /// <summary>When no selection can make the certification current: what stays uncovered and why; otherwise empty.</summary>
    public ImmutableArray<UncoveredRequirement> Uncovered { get; }

    /// <summary>The evaluator's full result with the chosen courses added.</summary>
    public CertificationEvaluation EvaluationAfter { get; }

    /// <summary>
    /// Why no course is offered for the certification, read from the engine's next step: the requirements are already met
    /// (<see cref="RecommendationCodes.AlreadyMet"/>: apply), or the route to credit is closed (<see cref="RecommendationCodes.RouteClosed"/>:
    /// the exam, or no route); null when courses are offered (the next step is to earn credit).
    /// </summary>
    public RecommendationReason? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Credential}: {StatusBefore.ToId()} -> {StatusAfter.ToId()}";
}

/// <summary>A course that was not chosen, with the reason as data.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CourseAlternative
{
    /// <summary>Creates a course not chosen.</summary>
    /// <param name="vendor">The catalog's vendor.</param>
    /// <param name="courseId">The course's id in its catalog.</param>
    /// <param name="title">The course's title.</param>
    /// <param name="price">The price, or null when the catalog states none.</param>
    /// <param name="durationMinutes">The stated duration in minutes, or null; never negative.</param>
    /// <param name="reason">Why it was not chosen.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="vendor"/>, <paramref name="courseId"/>, <paramref name="title"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="durationMinutes"/> is negative.</exception>
    public CourseAlternative(string vendor, string courseId, string title, Money? price, int? durationMinutes, RecommendationReason reason)
    {
        Vendor = Preconditions.CheckNotNull(vendor);
        CourseId = Preconditions.CheckNotNull(courseId);
        Title = Preconditions.CheckNotNull(title);
        Preconditions.CheckArgumentRange(durationMinutes ?? 0, 0, int.MaxValue, nameof(durationMinutes));
        Price = price;
        DurationMinutes = durationMinutes;
        Reason = Preconditions.CheckNotNull(reason);
    }

    /// <summary>The catalog's vendor.</summary>
    public string Vendor { get; }

    /// <summary>The course's id in its catalog.</summary>
    public string CourseId { get; }

    /// <summary>The course's title.</summary>
    public string Title { get; }

    /// <summary>The price, or null when the catalog states none.</summary>
    public Money? Price { get; }

    /// <summary>The stated duration in minutes, or null.</summary>
    public int? DurationMinutes { get; }

    /// <summary>Why it was not chosen.</summary>
    public RecommendationReason Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Vendor}/{CourseId}: {Reason.Code}";
}

/// <summary>How far the solver got.</summary>
public enum RecommendationSolveStatus
{
    /// <summary>Nothing to choose: no certification needs a course that some selection can supply (each outlook says why: <see cref="CertificationOutlook.Reason"/>, <see cref="CertificationOutlook.Uncovered"/>).</summary>
    NothingNeeded = 0,

    /// <summary>The selection is proven optimal for the objective and both tie-breaks.</summary>
    Optimal = 1,

    /// <summary>The selection makes the certifications current, but the time limit ran out before optimality was proven.</summary>
    Feasible = 2,

    /// <summary>The time limit ran out before any selection was found; no course is recommended.</summary>
    Unknown = 3,
}

/// <summary>
/// The recommendation for one person: the courses to take, what they cost and earn, the status each
/// certification then reaches, what cannot be covered and why, and why the best courses not chosen
/// were not.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Recommendation
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="asOf">The date the recommendation is for.</param>
    /// <param name="objective">The objective minimised first.</param>
    /// <param name="status">How far the solver got.</param>
    /// <param name="courses">The chosen courses; may be empty.</param>
    /// <param name="totalCost">Their total price.</param>
    /// <param name="totalMinutes">Their total stated minutes; never negative.</param>
    /// <param name="certifications">One outlook per certification; may be empty.</param>
    /// <param name="alternatives">Courses not chosen; may be empty.</param>
    /// <param name="findings">Findings about the input; may be empty.</param>
    /// <exception cref="System.ArgumentException">An array is the default array.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="objective"/> or <paramref name="status"/> is not defined, or <paramref name="totalMinutes"/> is negative.</exception>
    public Recommendation(LocalDate asOf, RecommendationObjective objective, RecommendationSolveStatus status, ImmutableArray<RecommendedCourse> courses,
        Money totalCost, int totalMinutes, ImmutableArray<CertificationOutlook> certifications, ImmutableArray<CourseAlternative> alternatives,
        ImmutableArray<Finding> findings)
    {
        Preconditions.CheckArgumentRange((int)objective, (int)RecommendationObjective.Cost, (int)RecommendationObjective.Courses, nameof(objective));
        Preconditions.CheckArgumentRange((int)status, (int)RecommendationSolveStatus.NothingNeeded, (int)RecommendationSolveStatus.Unknown, nameof(status));
        Preconditions.CheckArgumentRange(totalMinutes, 0, int.MaxValue);
        Preconditions.CheckArgument(!courses.IsDefault, "The courses must be an array, possibly empty.", nameof(courses));
        Preconditions.CheckArgument(!certifications.IsDefault, "The certifications must be an array, possibly empty.", nameof(certifications));
        Preconditions.CheckArgument(!alternatives.IsDefault, "The alternatives must be an array, possibly empty.", nameof(alternatives));
        Preconditions.CheckArgument(!findings.IsDefault, "The findings must be an array, possibly empty.", nameof(findings));
        AsOf = asOf;
        Objective = objective;
        Status = status;
        Courses = courses;
        TotalCost = totalCost;
        TotalMinutes = totalMinutes;
        Certifications = certifications;
        Alternatives = alternatives;
        Findings = findings;
    }

    /// <summary>The date the recommendation is for; every course is assumed completed on it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The objective minimised first.</summary>
    public RecommendationObjective Objective { get; }

    /// <summary>How far the solver got.</summary>
    public RecommendationSolveStatus Status { get; }

    /// <summary>Whether the selection is proven optimal (or nothing was needed). False when the time limit ran out first: the selection is then feasible, not proven best.</summary>
    public bool IsOptimal => Status is RecommendationSolveStatus.Optimal or RecommendationSolveStatus.NothingNeeded;

    /// <summary>The chosen courses, by vendor and course id.</summary>
    public ImmutableArray<RecommendedCourse> Courses { get; }

    /// <summary>The total price of the chosen courses (a course without a price adds nothing; see <see cref="RecommendedCourse.Price"/>).</summary>
    public Money TotalCost { get; }

    /// <summary>The total stated minutes of the chosen courses.</summary>
    public int TotalMinutes { get; }

    /// <summary>One outlook per certification the person holds, in the person's order.</summary>
    public ImmutableArray<CertificationOutlook> Certifications { get; }

    /// <summary>Courses not chosen, the best by the objective first, each with its reason.</summary>
    public ImmutableArray<CourseAlternative> Alternatives { get; }

    /// <summary>Findings about the input (catalog problems, unknown credentials, missing prices) with codes and paths.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Courses.Length} course(s), {TotalCost}, {TotalMinutes} min, {Status}";
}
