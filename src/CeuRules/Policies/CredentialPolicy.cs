using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>
/// One effective-dated version of a credential's recertification rules, assembled from small rule
/// parts, each with a stable rule id and a source. The evaluator holds no rule of its own: every
/// number, date and day-count convention it applies comes from here.
/// </summary>
/// <remarks>
/// <para>The required parts are constructor arguments; the optional parts are init-only properties
/// and default to none. Consistency between parts (for example that a category minimum names a
/// category of <see cref="Categories"/>) is checked when the policy is added to a
/// <see cref="PolicyCatalog"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CredentialPolicy
{
    private readonly ImmutableArray<CreditRequirement> requirements = ImmutableArray<CreditRequirement>.Empty;
    private readonly ImmutableArray<FeeRule> fees = ImmutableArray<FeeRule>.Empty;
    private readonly ImmutableArray<ActivityCutoffRule> cutoffs = ImmutableArray<ActivityCutoffRule>.Empty;

    /// <summary>Creates a policy version with its required parts.</summary>
    /// <param name="credential">The credential the policy governs.</param>
    /// <param name="version">The version name, for example "2020-01-01".</param>
    /// <param name="effectiveFrom">The first date of the cycles' expirations this version governs.</param>
    /// <param name="expiration">How the expiration date is derived.</param>
    /// <param name="window">Which activities fall in the cycle.</param>
    /// <param name="units">The unit the policy counts in and its conversions.</param>
    /// <param name="ceTimeLimit">How long after expiration CE is still allowed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is not a well-formed identifier.</exception>
    public CredentialPolicy(Credential credential, string version, LocalDate effectiveFrom, ExpirationRule expiration,
        CreditWindowRule window, UnitRule units, CeTimeLimit ceTimeLimit)
    {
        Credential = Preconditions.CheckNotNull(credential);
        Version = Identifiers.Check(version, nameof(version));
        EffectiveFrom = effectiveFrom;
        Expiration = Preconditions.CheckNotNull(expiration);
        Window = Preconditions.CheckNotNull(window);
        Units = Preconditions.CheckNotNull(units);
        CeTimeLimit = Preconditions.CheckNotNull(ceTimeLimit);
    }

    /// <summary>The credential the policy governs.</summary>
    public Credential Credential { get; }

    /// <summary>The version name.</summary>
    public string Version { get; }

    /// <summary>The policy's identifier with its version, for example "aama-cma@2020-01-01".</summary>
    public string PolicyId => $"{Credential.Id}@{Version}";

    /// <summary>
    /// The first expiration date this version governs: a cycle is governed by the latest version
    /// whose <see cref="EffectiveFrom"/> is on or before the cycle's expiration.
    /// </summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>A one-line summary of what changed in this version, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// <see cref="Summary"/> in other languages, by two-letter ISO 639-1 code (for example <c>es</c>); empty by
    /// default. A listing of policies shows the summary in the reader's language when it is here, and
    /// <see cref="Summary"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a text is blank.</exception>
    public ImmutableSortedDictionary<string, string> SummaryTranslations
    {
        get => summaryTranslations;
        init
        {
            Preconditions.CheckNotNull(value);
            summaryTranslations = Preconditions.CheckLanguageTexts(value, "text", nameof(SummaryTranslations));
        }
    }

    private readonly ImmutableSortedDictionary<string, string> summaryTranslations = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// The names a reader sees for kinds of activity, by kind and then by two-letter ISO 639-1 language code,
    /// in the singular and the plural (for example <c>in-service</c> → <c>en</c> "in-service training" /
    /// "in-service trainings", <c>es</c> "capacitación interna" / "las capacitaciones internas"); empty by
    /// default. Any kind may be named, whether a rule of the policy or only a transcript states it. The
    /// explanation layer names a kind in the reader's language when it is here, then as its resources name a
    /// built-in kind, then in English from here, and by its id otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value, a kind's names or a name is null.</exception>
    /// <exception cref="ArgumentException">A kind is the default value or a language is not two lower-case letters.</exception>
    public ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>> KindNames
    {
        get => kindNames;
        init
        {
            Preconditions.CheckNotNull(value);
            foreach (var (kind, byLanguage) in value)
            {
                Preconditions.CheckArgument(kind.Id is not null, "A kind must not be the default value.", nameof(KindNames));
                Preconditions.CheckNotNull(byLanguage, nameof(KindNames));
                foreach (var (language, name) in byLanguage)
                {
                    Preconditions.CheckArgument(ExamRoute.IsLanguage(language), $"'{language}' is not a two-letter lower-case language code.", nameof(KindNames));
                    Preconditions.CheckNotNull(name, nameof(KindNames));
                }
            }
            kindNames = value;
        }
    }

    private readonly ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>> kindNames =
        ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>>.Empty;

    /// <summary>The name <see cref="KindNames"/> gives <paramref name="kind"/> in <paramref name="language"/>, or null.</summary>
    /// <param name="kind">The kind of activity.</param>
    /// <param name="language">A two-letter ISO 639-1 language code, for example <c>es</c>.</param>
    /// <returns>The singular and plural, or null when there is none in that language.</returns>
    public NameForms? KindNameIn(LearningActivityKind kind, string language) =>
        kind.Id is not null && kindNames.TryGetValue(kind, out var byLanguage) && byLanguage.TryGetValue(language, out var name) ? name : null;

    /// <summary>
    /// The kinds of activity this version names or rules on, by id, each once: those <see cref="KindNames"/>
    /// names and those of its CPR-card, self-study, not-accepted-kinds, cutoff and recurring-training rules.
    /// A reader of transcripts knows these kinds besides the built-in ones (<see cref="PolicyCatalog.Kinds"/>).
    /// </summary>
    public ImmutableArray<LearningActivityKind> KindsNamed
    {
        get
        {
            if (kindsNamed.IsDefault)
            {
                var kinds = new SortedSet<LearningActivityKind>(kindNames.Keys);
                if (CprCards is { } cards)
                {
                    kinds.Add(cards.Kind);
                }
                if (SelfStudy is { } selfStudy)
                {
                    kinds.Add(selfStudy.Kind);
                }
                if (NotAcceptedKinds is { } notAccepted)
                {
                    kinds.UnionWith(notAccepted.Kinds);
                }
                foreach (var cutoff in Cutoffs)
                {
                    kinds.Add(cutoff.Kind);
                }
                if (RecurringTraining is { } recurring)
                {
                    kinds.Add(recurring.Kind);
                }
                kindsNamed = [.. kinds];
            }
            return kindsNamed;
        }
    }

    /// <summary>Made at first use; a race makes the same array twice.</summary>
    private ImmutableArray<LearningActivityKind> kindsNamed;

    /// <summary>How the expiration date is derived.</summary>
    public ExpirationRule Expiration { get; }

    /// <summary>Which activities fall in the cycle.</summary>
    public CreditWindowRule Window { get; }

    /// <summary>The unit the policy counts in and its conversions.</summary>
    public UnitRule Units { get; }

    /// <summary>How long after expiration CE is still allowed.</summary>
    public CeTimeLimit CeTimeLimit { get; }

    /// <summary>The categories credit is sorted into, or null when the policy has none.</summary>
    public CategoryRule? Categories { get; init; }

    /// <summary>The minimums a cycle needs (total, per category, approved). Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null or a requirement id repeats.</exception>
    public ImmutableArray<CreditRequirement> Requirements
    {
        get => requirements;
        init
        {
            var list = value.IsDefault ? ImmutableArray<CreditRequirement>.Empty : value;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var requirement in list)
            {
                Preconditions.CheckArgument(requirement is not null, "A requirement must not be null.", nameof(Requirements));
                Preconditions.CheckArgument(ids.Add(requirement.RequirementId),
                    $"The requirement id '{requirement.RequirementId}' appears twice.", nameof(Requirements));
            }
            requirements = list;
        }
    }

    /// <summary>The cap on credit from activities the body did not approve, or null.</summary>
    public NonApprovedCap? NonApprovedCap { get; init; }

    /// <summary>How CPR cards count, or null when they earn nothing special.</summary>
    public CprCardRule? CprCards { get; init; }

    /// <summary>The minimum duration and contact-hour ceiling of non-approved activities, or null.</summary>
    public NonApprovedDurationRule? NonApprovedDuration { get; init; }

    /// <summary>
    /// Whether the body's approval of an activity changes how its credit counts: true when the policy caps
    /// non-approved credit, limits it by duration, or requires a minimum of approved credit. Every face that
    /// says "approved" or "not approved" asks this one question, so they agree.
    /// </summary>
    public bool DistinguishesApproval
    {
        get
        {
            if (NonApprovedCap is not null || NonApprovedDuration is not null)
            {
                return true;
            }
            foreach (var requirement in Requirements)
            {
                if (requirement is ApprovedMinimum)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The completion period of self-study programs, or null.</summary>
    public SelfStudyRule? SelfStudy { get; init; }

    /// <summary>The window that applies once expired while CE is still allowed, or null to keep the cycle window.</summary>
    public ReactivationWindowRule? ReactivationWindow { get; init; }

    /// <summary>The kinds of activity the body does not accept, or null when it accepts every kind.</summary>
    public NotAcceptedKindsRule? NotAcceptedKinds { get; init; }

    /// <summary>Last completion dates for kinds of activity. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null or a kind repeats.</exception>
    public ImmutableArray<ActivityCutoffRule> Cutoffs
    {
        get => cutoffs;
        init
        {
            var list = value.IsDefault ? ImmutableArray<ActivityCutoffRule>.Empty : value;
            var kinds = new HashSet<LearningActivityKind>();
            foreach (var cutoff in list)
            {
                Preconditions.CheckArgument(cutoff is not null, "A cut-off must not be null.", nameof(Cutoffs));
                Preconditions.CheckArgument(kinds.Add(cutoff.Kind), $"The kind '{cutoff.Kind}' has two cut-offs.", nameof(Cutoffs));
            }
            cutoffs = list;
        }
    }

    /// <summary>Training that counts once per period, or null when no kind recurs.</summary>
    public RecurringTrainingRule? RecurringTraining { get; init; }

    /// <summary>Recertification by exam, or null when the policy has no exam route.</summary>
    public ExamRoute? ExamRoute { get; init; }

    /// <summary>The fees. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null or a kind repeats.</exception>
    public ImmutableArray<FeeRule> Fees
    {
        get => fees;
        init
        {
            var list = value.IsDefault ? ImmutableArray<FeeRule>.Empty : value;
            var kinds = new HashSet<FeeKind>();
            foreach (var fee in list)
            {
                Preconditions.CheckArgument(fee is not null, "A fee must not be null.", nameof(Fees));
                Preconditions.CheckArgument(kinds.Add(fee.Kind), $"The fee kind {fee.Kind} appears twice.", nameof(Fees));
            }
            fees = list;
        }
    }

    /// <summary>The fee of a kind, or null when the policy has none.</summary>
    /// <param name="kind">The kind of fee.</param>
    /// <returns>The fee, or null.</returns>
    public FeeRule? FeeOf(FeeKind kind)
    {
        foreach (var fee in fees)
        {
            if (fee.Kind == kind)
            {
                return fee;
            }
        }
        return null;
    }

    /// <summary>
    /// A later version of this policy: the same rules, with each rule of <paramref name="changes"/> in
    /// place of the rule it replaces, or added where this version has none. So a version restates only
    /// what changed, and a value it repeats is the earlier version's own rule object.
    /// </summary>
    /// <remarks>
    /// <para>A change replaces by its type: an <see cref="ExpirationRule"/> the expiration, a
    /// <see cref="CreditWindowRule"/> the window, a <see cref="UnitRule"/> the units (with their conversions),
    /// a <see cref="CeTimeLimit"/> the CE time limit (with its transition), and so on for every single part;
    /// a <see cref="CreditRequirement"/> the requirement with the same requirement id, an
    /// <see cref="ActivityCutoffRule"/> the cut-off of the same kind, a <see cref="FeeRule"/> the fee of the
    /// same kind, each added at the end when there is none. Nothing is removed.</para>
    /// <para>The revision has no summary unless one is given: a summary says what changed in its own version.
    /// It names kinds of activity as this version does (<see cref="KindNames"/>).</para>
    /// </remarks>
    /// <param name="version">The new version's name.</param>
    /// <param name="effectiveFrom">The first date of the cycles' expirations the new version governs.</param>
    /// <param name="summary">What changed in the new version, or null.</param>
    /// <param name="changes">The rules that change or are added.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> or <paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="version"/> is not a well-formed identifier; a change is
    /// null, is part of another rule (a <see cref="UnitConversion"/>, <see cref="DurationConversion"/> or
    /// <see cref="CeTimeLimitTransition"/>: revise the rule that holds it), is of a type a policy does not
    /// hold, or replaces the same rule as another change.</exception>
    public CredentialPolicy Revise(string version, LocalDate effectiveFrom, string? summary, IEnumerable<PolicyRule> changes) =>
        ReviseNaming(version, effectiveFrom, summary, changes, KindNames);

    /// <summary><see cref="Revise(string, LocalDate, string?, IEnumerable{PolicyRule})"/> with the kinds' names of the new version.</summary>
    internal CredentialPolicy ReviseNaming(string version, LocalDate effectiveFrom, string? summary, IEnumerable<PolicyRule> changes,
        ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>> kindNames,
        ImmutableSortedDictionary<string, string>? summaryTranslations = null)
    {
        Preconditions.CheckNotNull(changes);
        var expiration = Expiration;
        var window = Window;
        var units = Units;
        var ceTimeLimit = CeTimeLimit;
        var categories = Categories;
        var nonApprovedCap = NonApprovedCap;
        var cprCards = CprCards;
        var nonApprovedDuration = NonApprovedDuration;
        var selfStudy = SelfStudy;
        var reactivationWindow = ReactivationWindow;
        var notAcceptedKinds = NotAcceptedKinds;
        var recurringTraining = RecurringTraining;
        var examRoute = ExamRoute;
        var newRequirements = requirements.ToBuilder();
        var newCutoffs = cutoffs.ToBuilder();
        var newFees = fees.ToBuilder();
        var replaced = new HashSet<string>(StringComparer.Ordinal);

        foreach (var change in changes)
        {
            Preconditions.CheckArgument(change is not null, "A change must not be null.", nameof(changes));
            string slot = change switch
            {
                ExpirationRule rule => Set(ref expiration, rule, "expiration"),
                CreditWindowRule rule => Set(ref window, rule, "window"),
                UnitRule rule => Set(ref units, rule, "units"),
                CeTimeLimit rule => Set(ref ceTimeLimit, rule, "CE time limit"),
                CategoryRule rule => SetOptional(ref categories, rule, "categories"),
                NonApprovedCap rule => SetOptional(ref nonApprovedCap, rule, "non-approved cap"),
                CprCardRule rule => SetOptional(ref cprCards, rule, "CPR cards"),
                NonApprovedDurationRule rule => SetOptional(ref nonApprovedDuration, rule, "non-approved duration"),
                SelfStudyRule rule => SetOptional(ref selfStudy, rule, "self-study"),
                ReactivationWindowRule rule => SetOptional(ref reactivationWindow, rule, "reactivation window"),
                NotAcceptedKindsRule rule => SetOptional(ref notAcceptedKinds, rule, "kinds not accepted"),
                RecurringTrainingRule rule => SetOptional(ref recurringTraining, rule, "recurring training"),
                ExamRoute rule => SetOptional(ref examRoute, rule, "exam route"),
                CreditRequirement rule => Put(newRequirements, rule, r => r.RequirementId == rule.RequirementId, "requirement " + rule.RequirementId),
                ActivityCutoffRule rule => Put(newCutoffs, rule, c => c.Kind.Equals(rule.Kind), "cut-off of " + rule.Kind),
                FeeRule rule => Put(newFees, rule, f => f.Kind == rule.Kind, "fee " + rule.Kind),
                UnitConversion or DurationConversion or CeTimeLimitTransition => throw new ArgumentException(
                    $"'{change.RuleId}' is part of another rule; revise the {(change is CeTimeLimitTransition ? "CE time limit" : "units")} that hold it.", nameof(changes)),
                _ => throw new ArgumentException($"'{change.RuleId}' is a {change.GetType().Name}, which a policy does not hold.", nameof(changes)),
            };
            Preconditions.CheckArgument(replaced.Add(slot), $"Two changes replace the {slot}.", nameof(changes));
        }

        return new CredentialPolicy(Credential, version, effectiveFrom, expiration, window, units, ceTimeLimit)
        {
            Summary = summary,
            SummaryTranslations = summaryTranslations ?? ImmutableSortedDictionary<string, string>.Empty,
            Categories = categories,
            Requirements = newRequirements.ToImmutable(),
            NonApprovedCap = nonApprovedCap,
            CprCards = cprCards,
            NonApprovedDuration = nonApprovedDuration,
            SelfStudy = selfStudy,
            ReactivationWindow = reactivationWindow,
            NotAcceptedKinds = notAcceptedKinds,
            Cutoffs = newCutoffs.ToImmutable(),
            RecurringTraining = recurringTraining,
            ExamRoute = examRoute,
            Fees = newFees.ToImmutable(),
            KindNames = kindNames,
        };

        static string Set<T>(ref T slot, T rule, string name)
        {
            slot = rule;
            return name;
        }

        static string SetOptional<T>(ref T? slot, T rule, string name)
            where T : class
        {
            slot = rule;
            return name;
        }

        static string Put<T>(ImmutableArray<T>.Builder list, T rule, Predicate<T> same, string name)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (same(list[i]))
                {
                    list[i] = rule;
                    return name;
                }
            }
            list.Add(rule);
            return name;
        }
    }

    /// <summary>Every rule of the policy, in a stable order, for documentation and audits.</summary>
    /// <returns>The rules.</returns>
    public IEnumerable<PolicyRule> Rules()
    {
        yield return Expiration;
        yield return Window;
        if (ReactivationWindow is not null)
        {
            yield return ReactivationWindow;
        }
        yield return Units;
        foreach (var conversion in Units.Conversions)
        {
            yield return conversion;
        }
        if (Units.FromDuration is not null)
        {
            yield return Units.FromDuration;
        }
        if (Categories is not null)
        {
            yield return Categories;
        }
        foreach (var requirement in requirements)
        {
            yield return requirement;
        }
        if (NonApprovedCap is not null)
        {
            yield return NonApprovedCap;
        }
        if (CprCards is not null)
        {
            yield return CprCards;
        }
        if (NonApprovedDuration is not null)
        {
            yield return NonApprovedDuration;
        }
        if (SelfStudy is not null)
        {
            yield return SelfStudy;
        }
        if (NotAcceptedKinds is not null)
        {
            yield return NotAcceptedKinds;
        }
        foreach (var cutoff in cutoffs)
        {
            yield return cutoff;
        }
        if (RecurringTraining is not null)
        {
            yield return RecurringTraining;
        }
        yield return CeTimeLimit;
        if (CeTimeLimit.Transition is not null)
        {
            yield return CeTimeLimit.Transition;
        }
        if (ExamRoute is not null)
        {
            yield return ExamRoute;
        }
        foreach (var fee in fees)
        {
            yield return fee;
        }
    }

    /// <summary>The inconsistencies between parts, each as a sentence; empty for a consistent policy.</summary>
    internal IEnumerable<(PolicyInconsistency Problem, string Message)> Problems()
    {
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules())
        {
            if (!ruleIds.Add(rule.RuleId))
            {
                yield return (new(PolicyInconsistency.DuplicateRuleId, rule.RuleId), $"{PolicyId}: the rule id '{rule.RuleId}' is used by two rules.");
            }
        }
        foreach (var requirement in requirements)
        {
            if (requirement is CategoryMinimum byCategory && (Categories is null || Categories.IndexOf(byCategory.Category) < 0))
            {
                yield return (new(PolicyInconsistency.UnlistedRequirementCategory, byCategory.Category.Id ?? string.Empty), $"{PolicyId}: the requirement '{requirement.RequirementId}' names a category the policy does not list.");
            }
        }
        if (CprCards is not null && (Categories is null || Categories.IndexOf(CprCards.Category) < 0))
        {
            yield return (new(PolicyInconsistency.UnlistedCprCategory, CprCards.Category.Id ?? string.Empty), $"{PolicyId}: CPR cards count in '{CprCards.Category}', a category the policy does not list.");
        }
        if (CprCards is not null && NotAcceptedKinds is not null && NotAcceptedKinds.Refuses(CprCards.Kind))
        {
            yield return (new(PolicyInconsistency.CprKindNotAccepted, CprCards.Kind.Id ?? string.Empty), $"{PolicyId}: '{CprCards.Kind}' is both valued as a CPR card and not accepted.");
        }
        if (ReactivationWindow is not null && CeTimeLimit.Length is null)
        {
            yield return (new(PolicyInconsistency.ReactivationWithoutTimeLimit, PolicyId), $"{PolicyId}: a reactivation window needs a CE time limit, since without one CE is not allowed after expiration.");
        }
        if (Categories is { Required: true } && Units.FromDuration is not null)
        {
            yield return (new(PolicyInconsistency.DurationWithoutCategory, PolicyId), $"{PolicyId}: credit converted from a duration has no category, but the policy requires one on every line.");
        }
    }

    /// <summary>Returns the policy id, for example "aama-cma@2020-01-01".</summary>
    /// <returns>The policy id.</returns>
    public override string ToString() => PolicyId;
}
