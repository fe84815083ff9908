using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Catalogs;

/// <summary>The outcome of validating a catalog: every finding, and what each offer would earn a learner.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CatalogValidation
{
    internal CatalogValidation(CourseCatalog catalog, NodaTime.LocalDate asOf, ImmutableArray<Finding> findings, ImmutableArray<CourseYield> yields)
    {
        Catalog = catalog;
        AsOf = asOf;
        Findings = findings;
        Yields = yields;
    }

    /// <summary>The catalog validated.</summary>
    public CourseCatalog Catalog { get; }

    /// <summary>The date whose policy versions were applied.</summary>
    public NodaTime.LocalDate AsOf { get; }

    /// <summary>Every finding, by course and then by the order of the checks.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>What each offer of a known credential would earn a learner, by course and offer.</summary>
    public ImmutableArray<CourseYield> Yields { get; }

    /// <summary>Whether no finding is an error.</summary>
    public bool IsValid => Finding.AreValid(Findings);
}

/// <summary>
/// What one offer of a course would earn a learner under a credential's policy: the evaluator's own
/// admission applied to the course as an activity completed on the validation date, in the policy's
/// unit, with what it would not count and why.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CourseYield
{
    internal CourseYield(string courseId, string path, Credential credential, CredentialPolicy policy, CreditUnit unit, ImmutableArray<CountedCredit> counted,
        ImmutableArray<NotCountedCredit> notCounted)
    {
        CourseId = courseId;
        Path = path;
        Credential = credential;
        Policy = policy;
        PolicyId = policy.PolicyId;
        Unit = unit;
        Counted = counted;
        NotCounted = notCounted;
        Description = Explainer.English.Yield(counted, policy);
    }

    /// <summary>The course's id.</summary>
    public string CourseId { get; }

    /// <summary>The path of the offer, for example <c>courses[3].offers[0]</c>.</summary>
    public string Path { get; }

    /// <summary>The credential.</summary>
    public Credential Credential { get; }

    /// <summary>The policy version applied, for example <c>aama-cma@2020</c>.</summary>
    public string PolicyId { get; }

    /// <summary>The policy applied, whose unit, categories and approval rules the yield's words use.</summary>
    public CredentialPolicy Policy { get; }

    /// <summary>The policy's unit.</summary>
    public CreditUnit Unit { get; }

    /// <summary>The credit a learner would earn, by category and approval.</summary>
    public ImmutableArray<CountedCredit> Counted { get; }

    /// <summary>The credit offered that would not count, each part with its reason, rule and source.</summary>
    public ImmutableArray<NotCountedCredit> NotCounted { get; }

    /// <summary>The total a learner would earn.</summary>
    public CreditAmount Total => Counted.Aggregate(CreditAmount.Zero, (sum, c) => sum + c.Amount);

    /// <summary>
    /// The yield in English words, for example "1 AAMA point in the clinical category" or "0.75 NHA credits";
    /// "nothing" when it earns nothing. <see cref="Explainer.Yield(CourseYield)"/> gives them in another language.
    /// </summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => $"{CourseId} for {Credential}: {Description}";
}
