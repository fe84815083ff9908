using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Recommendations;

/// <summary>
/// Recommends the courses, from one or more vendors' catalogs, that make a person current in every
/// credential they hold for the least cost, the least time or the fewest courses (ties broken by the
/// other two), proven optimal by an exact solver (Google OR-Tools CP-SAT) and confirmed by
/// <see cref="CertificationEvaluator"/>.
/// </summary>
/// <remarks>
/// <para>What a course earns is the evaluator's own admission of the course as an activity completed
/// on the as-of date, with the credit lines of the catalog's offer for the credential (the way
/// <see cref="CatalogValidator"/> computes a yield), in the person's own cycle. The requirements are
/// the kernel's: total, approved minimum, category minima, the non-approved cap with its best
/// placement, CPR cards up to their most. The chosen courses are then added to the transcript and
/// evaluated; a certification the solver says becomes current and the evaluator does not confirm is
/// reported as <see cref="RecommendationCodes.VerificationFailed"/>.</para>
/// <para>Bad input (no catalog, no certification, an unknown credential, a course without a price
/// when cost is minimised, catalog errors) gives findings with codes, never exceptions.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CourseRecommender
{
    private readonly CertificationEvaluator evaluator;
    private readonly CatalogValidator validator;

    /// <summary>Creates a recommender over the built-in policies.</summary>
    public CourseRecommender()
        : this(PolicyCatalog.BuiltIn)
    {
    }

    /// <summary>Creates a recommender over <paramref name="policies"/>.</summary>
    /// <param name="policies">The policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public CourseRecommender(PolicyCatalog policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
        evaluator = new CertificationEvaluator(policies);
        validator = new CatalogValidator(policies);
    }

    /// <summary>The policies applied.</summary>
    public PolicyCatalog Policies { get; }

    /// <summary>Recommends courses for <paramref name="person"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="person">The person: certifications and transcript, as the evaluator takes them.</param>
    /// <param name="catalogs">The catalogs the person can buy from.</param>
    /// <param name="asOf">The date; every recommended course is assumed completed on it.</param>
    /// <param name="options">The objective and limits; null for <see cref="RecommendationOptions.Default"/>.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="catalogs"/> is null, or a catalog is null.</exception>
    public Recommendation Recommend(Person person, IEnumerable<CourseCatalog> catalogs, LocalDate asOf, RecommendationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(catalogs);
        var catalogList = catalogs.ToImmutableArray();
        if (catalogList.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(catalogs), "A catalog must not be null.");
        }
        return new Run(this, person, catalogList.Select(c => validator.Validate(c, asOf)).ToImmutableArray(), asOf, options ?? RecommendationOptions.Default).Execute();
    }

    /// <summary>
    /// Recommends courses from catalogs already validated as of <paramref name="asOf"/> by a
    /// <see cref="CatalogValidator"/> over the same policies: the way to recommend for many people from
    /// the same catalogs, validating each catalog once.
    /// </summary>
    /// <param name="person">The person: certifications and transcript, as the evaluator takes them.</param>
    /// <param name="validatedCatalogs">The catalogs' validations, each made as of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The date; every recommended course is assumed completed on it.</param>
    /// <param name="options">The objective and limits; null for <see cref="RecommendationOptions.Default"/>.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="validatedCatalogs"/> is null, or a validation is null.</exception>
    /// <exception cref="ArgumentException">A validation was made as of another date.</exception>
    public Recommendation RecommendValidated(Person person, IEnumerable<CatalogValidation> validatedCatalogs, LocalDate asOf, RecommendationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(validatedCatalogs);
        var list = validatedCatalogs.ToImmutableArray();
        if (list.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(validatedCatalogs), "A validation must not be null.");
        }
        if (list.FirstOrDefault(v => v.AsOf != asOf) is { } other)
        {
            throw new ArgumentException($"The validation of {other.Catalog} was made as of {other.AsOf}, not {asOf}; yields depend on the date.", nameof(validatedCatalogs));
        }
        return new Run(this, person, list, asOf, options ?? RecommendationOptions.Default).Execute();
    }

    /// <summary>A course of a catalog, as a candidate for the selection.</summary>
    private sealed class Candidate
    {
        internal required int Index { get; init; }

        internal required int CatalogIndex { get; init; }

        internal required int CourseIndex { get; init; }

        internal required string Vendor { get; init; }

        internal required Course Course { get; init; }

        internal required string ActivityId { get; set; }

        /// <summary>Whether an earlier usable course has the same vendor, kind and title (the evaluator would take the two for one).</summary>
        internal bool Shadowed { get; set; }

        /// <summary>Why it cannot be chosen at all (already taken, no price), or null.</summary>
        internal RecommendationReason? Excluded { get; set; }

        /// <summary>Per certification (by index), what the evaluator admits of the course alone, when the course offers credit to it.</summary>
        internal Admitted?[] Decisions { get; set; } = [];

        /// <summary>Per credential id, the catalog validator's yield of the course (completed on the as-of date).</summary>
        internal Dictionary<string, CourseYield> Yields { get; } = new(StringComparer.Ordinal);

        internal string Path => $"catalogs[{CatalogIndex}].courses[{CourseIndex}]";
    }

    /// <summary>What the evaluator counts and does not count of one activity.</summary>
    private sealed record Admitted(ImmutableArray<CountedCredit> Counted, ImmutableArray<NotCountedCredit> NotCounted)
    {
        internal static Admitted Of(ActivityDecision decision) => new(decision.Counted, decision.NotCounted);
    }

    /// <summary>One certification of the person, evaluated as it is.</summary>
    private sealed class Held
    {
        internal required Certification Certification { get; init; }

        internal required CertificationEvaluation Before { get; init; }

        internal CertificationModel? Model { get; set; }

        /// <summary>Whether the model must make it met (not met yet, and some selection can).</summary>
        internal bool Needed { get; set; }

        internal bool Coverable { get; set; }

        internal long Scale { get; set; } = 1;

        internal CredentialPolicy Policy => Before.Policy;
    }

    private sealed class Run(CourseRecommender owner, Person person, ImmutableArray<CatalogValidation> validations, LocalDate asOf, RecommendationOptions options)
    {
        private readonly List<Finding> findings = [];
        private readonly List<Candidate> candidates = [];
        private readonly List<Held> held = [];

        internal Recommendation Execute()
        {
            ReadCertifications();
            ReadCatalogs();
            foreach (var h in held)
            {
                BuildModel(h);
            }

            var usable = candidates.Where(c => c.Excluded is null).ToList();
            var needed = held.Where(h => h.Needed).ToList();
            bool[] chosen = new bool[candidates.Count];
            var status = RecommendationSolveStatus.NothingNeeded;
            if (needed.Count > 0)
            {
                // Only candidates that earn something toward a certification still short take part.
                var earning = needed.SelectMany(h => h.Model!.Yields.Select(y => y.Candidate)).ToHashSet();
                var useful = Reduce(usable.Where(c => earning.Contains(c.Index)).ToList(), needed);
                var local = new Dictionary<int, int>();
                for (int i = 0; i < useful.Count; i++)
                {
                    local.Add(useful[i].Index, i);
                }
                var models = needed.Select(h => Localize(h.Model!, local)).ToList();
                var groups = useful.GroupBy(c => ContentKey(c.Course.Kind, c.Course.Title, c.Vendor), StringComparer.Ordinal).Where(g => g.Count() > 1)
                    .Select(g => g.Select(c => local[c.Index]).ToArray()).ToList();
                var selection = SelectionModel.Solve(useful.Count, models, groups, Objectives(useful), options.TimeLimit.ToTimeSpan());
                status = selection.Status;
                for (int i = 0; i < useful.Count; i++)
                {
                    chosen[useful[i].Index] = selection.Chosen[i];
                }
            }
            return Result(chosen, status);
        }

        /// <summary>
        /// Leaves out courses that no optimal selection needs. Courses with the same yield to every
        /// certification still short are interchangeable but for price and time; an optimal selection is
        /// minimal (removing a course never costs more), and when a yield is taken more than
        /// <c>ceil(M / y)</c> times (<c>M</c> the largest minimum, <c>y</c> the smallest positive amount it adds
        /// to any sum the kernel tests) or more than the most CPR cards that count, one copy can be removed
        /// without breaking a requirement. So only that many of each yield, the best by the objective's
        /// order, can be in an optimal selection; the others are left out, which changes no optimum.
        /// </summary>
        private List<Candidate> Reduce(List<Candidate> useful, List<Held> needed)
        {
            var yieldOf = needed.Select(h => h.Model!.Yields.ToDictionary(y => y.Candidate)).ToList();
            string Signature(Candidate c) => string.Join("|", yieldOf.Select(map => map.TryGetValue(c.Index, out var y)
                ? $"{(y.Card ? 1 : 0)}:{string.Join(",", y.Approved)}:{string.Join(",", y.Pool)}" : "-"));
            long Copies(Candidate c)
            {
                long most = 1;
                for (int k = 0; k < needed.Count; k++)
                {
                    if (!yieldOf[k].TryGetValue(c.Index, out var y))
                    {
                        continue;
                    }
                    var model = needed[k].Model!;
                    long largest = model.Minimums.Count == 0 ? 0 : model.Minimums.Max(m => m.Amount);
                    long smallest = y.Approved.Concat(y.Pool).Where(a => a > 0).DefaultIfEmpty(long.MaxValue).Min();
                    if (smallest != long.MaxValue)
                    {
                        most = Math.Max(most, (largest + smallest - 1) / smallest);
                    }
                    if (y.Card)
                    {
                        most = Math.Max(most, model.MaxCards);
                    }
                }
                return most;
            }
            var weights = Objectives(useful);
            var kept = new List<Candidate>(useful.Count);
            foreach (var group in useful.Select((c, i) => (Candidate: c, Index: i)).GroupBy(p => Signature(p.Candidate), StringComparer.Ordinal))
            {
                long copies = Copies(group.First().Candidate);
                kept.AddRange(group.OrderBy(p => weights[0][p.Index]).ThenBy(p => weights[1][p.Index]).ThenBy(p => weights[2][p.Index]).ThenBy(p => p.Index)
                    .Take((int)Math.Min(copies, int.MaxValue)).Select(p => p.Candidate));
            }
            kept.Sort((a, b) => a.Index.CompareTo(b.Index));
            return kept;
        }

        private void ReadCertifications()
        {
            if (person.Certifications.IsEmpty)
            {
                findings.Add(new Finding(RecommendationCodes.NoCertification, FindingSeverity.Error, "certifications", "The person holds no certification; there is nothing to recommend for."));
            }
            for (int i = 0; i < person.Certifications.Length; i++)
            {
                var certification = person.Certifications[i];
                if (!owner.Policies.Contains(certification.Credential))
                {
                    findings.Add(new Finding(RecommendationCodes.UnknownCredential, FindingSeverity.Error, $"certifications[{i}].credential",
                        $"'{certification.Credential.Id}' is not a credential of the policies; known: {string.Join(", ", owner.Policies.Credentials.Select(c => c.Id))}."));
                    continue;
                }
                held.Add(new Held { Certification = certification, Before = owner.evaluator.Evaluate(certification, person.Transcript, asOf) });
            }
        }

        private void ReadCatalogs()
        {
            if (validations.IsEmpty || validations.All(v => v.Catalog.Courses.IsEmpty))
            {
                findings.Add(new Finding(RecommendationCodes.NoCatalog, FindingSeverity.Error, "catalogs", "No catalog with a course was given; there is nothing to choose from."));
            }
            var transcriptIds = new HashSet<string>(person.Transcript.Activities.Select(a => a.Id), StringComparer.Ordinal);
            var sameDay = new HashSet<string>(person.Transcript.Activities.Where(a => a.CompletedOn == asOf).Select(a => ContentKey(a.Kind, a.Title, a.Provider)), StringComparer.Ordinal);
            var seen = new Dictionary<(string Vendor, string Id), string>();
            var ids = new HashSet<string>(transcriptIds, StringComparer.Ordinal);
            var firstOfContent = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 0; k < validations.Length; k++)
            {
                var validation = validations[k];
                var catalog = validation.Catalog;
                var yieldsByPath = validation.Yields.GroupBy(y => y.Path[..(y.Path.IndexOf(']', StringComparison.Ordinal) + 1)], StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                foreach (var finding in validation.Findings)
                {
                    if (finding.Severity != FindingSeverity.Info)
                    {
                        findings.Add(new Finding(finding.Code, finding.Severity, $"catalogs[{k}].{finding.Path}", finding.Message, finding.Arguments));
                    }
                }
                for (int c = 0; c < catalog.Courses.Length; c++)
                {
                    var course = catalog.Courses[c];
                    string path = $"catalogs[{k}].courses[{c}]";
                    if (seen.TryGetValue((catalog.Vendor, course.Id), out string? first))
                    {
                        findings.Add(new Finding(RecommendationCodes.DuplicateCourse, FindingSeverity.Warning, path + ".id",
                            $"{catalog.Vendor} publishes the course id '{course.Id}' also at {first}; only the first is considered."));
                        continue;
                    }
                    seen.Add((catalog.Vendor, course.Id), path);
                    var candidate = new Candidate
                    {
                        Index = candidates.Count,
                        CatalogIndex = k,
                        CourseIndex = c,
                        Vendor = catalog.Vendor,
                        Course = course,
                        ActivityId = course.Id,
                    };
                    if (yieldsByPath.TryGetValue($"courses[{c}]", out var courseYields))
                    {
                        foreach (var y in courseYields)
                        {
                            candidate.Yields.TryAdd(y.Credential.Id, y);
                        }
                    }
                    if (transcriptIds.Contains(course.Id))
                    {
                        candidate.Excluded = Reason(RecommendationCodes.AlreadyTaken, ("activity", course.Id));
                    }
                    else if (sameDay.Contains(ContentKey(course.Kind, course.Title, catalog.Vendor)))
                    {
                        candidate.Excluded = Reason(RecommendationCodes.AlreadyTaken, ("activity", course.Title));
                    }
                    else if (course.Price is null && options.Objective == RecommendationObjective.Cost)
                    {
                        candidate.Excluded = Reason(RecommendationCodes.NoPrice);
                        findings.Add(new Finding(RecommendationCodes.NoPrice, FindingSeverity.Warning, path + ".price",
                            $"The course '{course.Id}' states no price, so it is not recommended when cost is minimised."));
                    }
                    if (!ids.Add(candidate.ActivityId))
                    {
                        // Two vendors use the same id: the activity gets an id of its own, so that the evaluator does not take them for one.
                        candidate.ActivityId = $"{k}/{c}";
                        ids.Add(candidate.ActivityId);
                    }
                    if (candidate.Excluded is null && !firstOfContent.Add(ContentKey(course.Kind, course.Title, catalog.Vendor)))
                    {
                        candidate.Shadowed = true;
                    }
                    candidates.Add(candidate);
                }
            }
        }

        /// <summary>The activity a course becomes when completed on the as-of date, with the credit lines of one offer (as <see cref="CatalogValidator"/> builds it).</summary>
        private LearningActivity Activity(Candidate candidate, CreditOffer offer)
        {
            var course = candidate.Course;
            return new LearningActivity(candidate.ActivityId, course.Kind, asOf)
            {
                Title = course.Title,
                Provider = candidate.Vendor,
                DurationMinutes = course.DurationMinutes is >= 0 and var minutes ? minutes : null,
                ValidMonths = course.ValidMonths,
                PurchasedOn = course.CompleteWithinMonths is { } months ? PurchasedOn(months) : null,
                Credits = offer.Credits,
            };
        }

        /// <summary>A learner who uses the whole completion period the course gives.</summary>
        private LocalDate PurchasedOn(int months)
        {
            try
            {
                return asOf.Minus(Period.FromMonths(months));
            }
            catch (ArgumentOutOfRangeException)
            {
                return LocalDate.MinIsoValue;
            }
        }

        private static CreditOffer? OfferFor(Course course, Credential credential) =>
            course.Offers.FirstOrDefault(o => string.Equals(o.CredentialId, credential.Id, StringComparison.Ordinal));

        private void BuildModel(Held h)
        {
            int index = held.IndexOf(h);
            var policy = h.Policy;
            var categories = policy.Categories?.Categories ?? ImmutableArray<Category>.Empty;
            int slots = categories.Length + 1;
            int SlotOf(Category? category) => category is { } c ? categories.IndexOf(c) + 1 : 0;

            // The pieces of the transcript as it is, as the evaluator admitted them (over-cap credit included, since the cap is the model's).
            var basePieces = new List<(int Slot, bool Approved, CreditAmount Amount)>();
            int baseCards = 0;
            var activities = person.Transcript.Activities;
            for (int a = 0; a < h.Before.Activities.Length; a++)
            {
                var decision = h.Before.Activities[a];
                if (decision.NotCounted.Any(n => n.Code == DecisionCodes.NonApprovedOverCap) && a < activities.Length && activities[a].Id == decision.ActivityId)
                {
                    decision = owner.evaluator.Evaluate(h.Certification, new Transcript([activities[a]]), asOf).Activities[0];
                }
                baseCards += Pieces(Admitted.Of(decision), SlotOf, basePieces);
            }

            // What each usable course earns this certification, alone: the catalog validator's yield (the evaluator's admission of the
            // course completed on the as-of date) when the person's cycle is governed by the same policy version and holds the
            // as-of date; for self-study (whose purchase date the window may judge) or another policy version, the course is
            // admitted again in the person's own cycle.
            bool sameCycle = h.Before.Window.Contains(asOf);
            var yields = new List<(int Candidate, List<(int Slot, bool Approved, CreditAmount Amount)> Pieces, bool Card)>();
            foreach (var candidate in candidates)
            {
                if (candidate.Decisions.Length == 0)
                {
                    candidate.Decisions = new Admitted?[held.Count];
                }
                if (OfferFor(candidate.Course, h.Certification.Credential) is not { } offer)
                {
                    continue;
                }
                var decision = sameCycle && candidate.Course.Kind != LearningActivityKind.SelfStudy
                    && candidate.Yields.TryGetValue(h.Certification.Credential.Id, out var reused) && reused.PolicyId == policy.PolicyId
                    ? new Admitted(reused.Counted, reused.NotCounted)
                    : Admitted.Of(owner.evaluator.Evaluate(h.Certification, new Transcript([Activity(candidate, offer)]), asOf).Activities[0]);
                candidate.Decisions[index] = decision;
                if (candidate.Excluded is not null)
                {
                    continue;
                }
                var pieces = new List<(int Slot, bool Approved, CreditAmount Amount)>();
                int cards = Pieces(decision, SlotOf, pieces);
                if (cards > 0 || pieces.Count > 0)
                {
                    yields.Add((candidate.Index, pieces, cards > 0));
                }
            }

            // One exact scale for every amount of this certification: the least common multiple of their parts per hundredth.
            var amounts = basePieces.Select(p => p.Amount).Concat(yields.SelectMany(y => y.Pieces.Select(p => p.Amount))).Concat(policy.Requirements.Select(r => r.Minimum));
            if (policy.NonApprovedCap is { } capRule)
            {
                amounts = amounts.Append(capRule.Limit);
            }
            if (policy.CprCards is { } cprRule)
            {
                amounts = amounts.Append(cprRule.CreditPerCard);
            }
            long scale = 1;
            foreach (var amount in amounts)
            {
                long per = amount.PartsPerHundredth;
                scale = checked(scale / (long)BigInteger.GreatestCommonDivisor(scale, per) * per);
            }
            h.Scale = scale;
            long Units(CreditAmount amount) => checked(amount.Parts * (scale / amount.PartsPerHundredth));

            var baseApproved = new long[slots];
            var basePool = new long[slots];
            foreach (var (slot, approved, amount) in basePieces)
            {
                (approved ? baseApproved : basePool)[slot] += Units(amount);
            }
            var slotYields = new List<SlotYield>(yields.Count);
            foreach (var (candidate, pieces, card) in yields)
            {
                var approvedBySlot = new long[slots];
                var poolBySlot = new long[slots];
                foreach (var (slot, approved, amount) in pieces)
                {
                    (approved ? approvedBySlot : poolBySlot)[slot] += Units(amount);
                }
                var y = new SlotYield(candidate, approvedBySlot, poolBySlot, card);
                if (!y.IsEmpty)
                {
                    slotYields.Add(y);
                }
            }
            var minimums = new List<Minimum>();
            foreach (var requirement in policy.Requirements)
            {
                minimums.Add(requirement switch
                {
                    TotalMinimum => new Minimum(MinimumKind.Total, 0, Units(requirement.Minimum)),
                    ApprovedMinimum => new Minimum(MinimumKind.Approved, 0, Units(requirement.Minimum)),
                    CategoryMinimum byCategory => new Minimum(MinimumKind.Category, SlotOf(byCategory.Category), Units(requirement.Minimum)),
                    _ => throw new InvalidOperationException($"Unknown requirement type {requirement.GetType().Name}."),
                });
            }
            var cpr = policy.CprCards;
            h.Model = new CertificationModel(slots, baseApproved, basePool, baseCards, minimums, policy.NonApprovedCap is { } cap ? Units(cap.Limit) : -1,
                cpr?.MaxCards ?? 0, cpr is null ? 0 : Units(cpr.CreditPerCard), cpr is null ? 0 : SlotOf(cpr.Category), cpr?.CountsAsApproved ?? false, slotYields);

            bool open = h.Before.Status is CertificationStatus.InProgress or CertificationStatus.WithinCeTimeLimit or CertificationStatus.RequirementsMet;
            bool metBefore = h.Before.Status == CertificationStatus.RequirementsMet;
            h.Coverable = open && h.Model.Met(i => !candidates[i].Shadowed);
            h.Needed = !metBefore && h.Coverable;
        }

        /// <summary>Adds a decision's counted pieces (and its non-approved credit over the cap, without a category) and returns its CPR cards.</summary>
        private static int Pieces(Admitted decision, Func<Category?, int> slotOf, List<(int Slot, bool Approved, CreditAmount Amount)> into)
        {
            bool card = false;
            foreach (var counted in decision.Counted)
            {
                if (counted.CountsToward.Contains(CprCardRule.Id))
                {
                    card = true;
                }
                else
                {
                    into.Add((slotOf(counted.Category), counted.Approved, counted.Amount));
                }
            }
            foreach (var notCounted in decision.NotCounted)
            {
                if (notCounted.Code == DecisionCodes.CprOverCap)
                {
                    card = true;
                }
                else if (notCounted.Code == DecisionCodes.NonApprovedOverCap)
                {
                    into.Add((0, false, notCounted.Amount));
                }
            }
            return card ? 1 : 0;
        }

        private static CertificationModel Localize(CertificationModel model, Dictionary<int, int> local) =>
            new(model.Slots, model.BaseApproved, model.BasePool, model.BaseCards, model.Minimums, model.Cap, model.MaxCards, model.CardValue, model.CprSlot, model.CprApproved,
                model.Yields.Where(y => local.ContainsKey(y.Candidate)).Select(y => new SlotYield(local[y.Candidate], y.Approved, y.Pool, y.Card)).ToList());

        private List<long[]> Objectives(List<Candidate> useful)
        {
            long[] cost = useful.Select(c => c.Course.Price?.Cents ?? 0).ToArray();
            long[] time = useful.Select(c => (long)Math.Max(0, c.Course.DurationMinutes ?? 0)).ToArray();
            long[] count = useful.Select(_ => 1L).ToArray();
            return options.Objective switch
            {
                RecommendationObjective.Time => [time, cost, count],
                RecommendationObjective.Courses => [count, cost, time],
                _ => [cost, time, count],
            };
        }

        private Recommendation Result(bool[] chosen, RecommendationSolveStatus status)
        {
            var selected = candidates.Where(c => chosen[c.Index]).ToList();
            var outlooks = ImmutableArray.CreateBuilder<CertificationOutlook>();
            var earns = selected.ToDictionary(c => c.Index, _ => ImmutableArray.CreateBuilder<RecommendedCredit>());
            foreach (var h in held)
            {
                var added = selected.Select(c => (Candidate: c, Offer: OfferFor(c.Course, h.Certification.Credential))).Where(p => p.Offer is not null)
                    .Select(p => Activity(p.Candidate, p.Offer!)).ToList();
                var after = added.Count == 0 ? h.Before : owner.evaluator.Evaluate(h.Certification, new Transcript(person.Transcript.Activities.AddRange(added)), asOf);
                foreach (var candidate in selected)
                {
                    if (after.Activities.FirstOrDefault(d => d.ActivityId == candidate.ActivityId) is { } decision)
                    {
                        foreach (var counted in decision.Counted)
                        {
                            earns[candidate.Index].Add(new RecommendedCredit(h.Certification.Credential, decision.Unit, counted));
                        }
                    }
                }
                bool metBefore = h.Before.Status == CertificationStatus.RequirementsMet;
                bool becomes = metBefore || (h.Needed && status is RecommendationSolveStatus.Optimal or RecommendationSolveStatus.Feasible);
                if (becomes && after.Status != CertificationStatus.RequirementsMet)
                {
                    findings.Add(new Finding(RecommendationCodes.VerificationFailed, FindingSeverity.Error, $"certifications[{person.Certifications.IndexOf(h.Certification)}]",
                        $"The solver chose courses that should make the {h.Certification.Credential} current, but the evaluator finds it {after.Status.ToId()}; this is a defect, please report it."));
                    becomes = false;
                }
                outlooks.Add(new CertificationOutlook(h.Certification, h.Before.Status, after.Status, becomes, h.Coverable || metBefore ? [] : Uncovered(h), after));
            }

            var courses = selected.Select(c => new RecommendedCourse(c.Vendor, c.Course.Id, c.Course.Title, c.Course.Kind, c.Course.Price, c.Course.DurationMinutes,
                earns[c.Index].ToImmutable())).ToImmutableArray();
            var total = selected.Aggregate(Money.Zero, (sum, c) => sum + (c.Course.Price ?? Money.Zero));
            int minutes = (int)Math.Min(int.MaxValue, selected.Sum(c => (long)Math.Max(0, c.Course.DurationMinutes ?? 0)));
            return new Recommendation(asOf, options.Objective, status, courses, total, minutes, outlooks.ToImmutable(), Alternatives(chosen), findings.ToImmutableArray());
        }

        /// <summary>What stays missing with every usable course taken, and why.</summary>
        private ImmutableArray<UncoveredRequirement> Uncovered(Held h)
        {
            var before = h.Before;
            var credential = h.Certification.Credential;
            var unit = h.Policy.Units.Unit;
            if (before.Status == CertificationStatus.Ineligible)
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit, Reason(RecommendationCodes.Ineligible, ("credential", credential)))];
            }
            if (before.Status == CertificationStatus.LapsedExamRequired)
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit, Reason(RecommendationCodes.Lapsed, ("credential", credential), ("lastCeDay", before.LastCeDay)))];
            }
            if (!before.Window.Contains(asOf))
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit,
                    Reason(RecommendationCodes.OutsideWindow, ("credential", credential), ("start", before.Window.Start), ("end", before.Window.End)))];
            }
            var all = candidates.Where(c => c.Excluded is null).Select(c => (Candidate: c, Offer: OfferFor(c.Course, credential))).Where(p => p.Offer is not null)
                .Select(p => Activity(p.Candidate, p.Offer!));
            var everything = owner.evaluator.Evaluate(h.Certification, new Transcript(person.Transcript.Activities.AddRange(all)), asOf);
            bool overCap = everything.Activities.Any(a => a.NotCounted.Any(n => n.Code == DecisionCodes.NonApprovedOverCap));
            var result = ImmutableArray.CreateBuilder<UncoveredRequirement>();
            foreach (var outcome in everything.Requirements)
            {
                if (outcome.IsMet)
                {
                    continue;
                }
                var shortfall = new Credit(outcome.Shortfall, unit);
                var reason = outcome.Rule switch
                {
                    CategoryMinimum byCategory => Reason(RecommendationCodes.CategoryNotSupplied, ("category", byCategory.Category), ("shortfall", shortfall)),
                    ApprovedMinimum => Reason(RecommendationCodes.ApprovedNotSupplied, ("shortfall", shortfall)),
                    _ when overCap && h.Policy.NonApprovedCap is { } cap => Reason(RecommendationCodes.NonApprovedCapReached, ("shortfall", shortfall), ("limit", new Credit(cap.Limit, unit))),
                    _ => Reason(RecommendationCodes.TotalNotSupplied, ("shortfall", shortfall)),
                };
                result.Add(new UncoveredRequirement(outcome.RequirementId, outcome.Shortfall, unit, reason));
            }
            return result.ToImmutable();
        }

        /// <summary>The best courses not chosen, by the objective, each with its reason.</summary>
        private ImmutableArray<CourseAlternative> Alternatives(bool[] chosen)
        {
            if (options.MaxAlternatives == 0)
            {
                return [];
            }
            var finals = held.Where(h => h.Needed).ToDictionary(h => h, h => h.Model!.Sums(i => chosen[i]));
            long Primary(Candidate c) => options.Objective switch
            {
                RecommendationObjective.Time => Math.Max(0, c.Course.DurationMinutes ?? 0),
                _ => c.Course.Price?.Cents ?? long.MaxValue,
            };
            var ordered = candidates.Where(c => !chosen[c.Index] && c.Course.Offers.Any(o => held.Any(h => h.Certification.Credential.Id == o.CredentialId)))
                .OrderBy(Primary).ThenBy(c => c.CatalogIndex).ThenBy(c => c.CourseIndex).Take(options.MaxAlternatives);
            return ordered.Select(c => new CourseAlternative(c.Vendor, c.Course.Id, c.Course.Title, c.Course.Price, c.Course.DurationMinutes, c.Excluded ?? WhyNot(c, finals)))
                .ToImmutableArray();
        }

        private RecommendationReason WhyNot(Candidate candidate, Dictionary<Held, (long[] Approved, long[] Pool)> finals)
        {
            var earning = held.Where(h => h.Model!.Yields.Any(y => y.Candidate == candidate.Index)).ToList();
            if (earning.Count == 0)
            {
                for (int i = 0; i < held.Count; i++)
                {
                    if (candidate.Decisions.Length > i && candidate.Decisions[i] is { } decision
                        && decision.NotCounted.FirstOrDefault(n => n.Reason == NotCountedReason.NotAccepted) is { } refused)
                    {
                        return Reason(RecommendationCodes.RefusedByBody, ("credential", held[i].Certification.Credential), ("decision", refused.Code));
                    }
                }
                return Reason(RecommendationCodes.NoYieldForCredential);
            }
            var stillUseful = earning.Where(h => h.Needed).ToList();
            if (stillUseful.Count == 0)
            {
                return Reason(RecommendationCodes.NotNeeded);
            }
            foreach (var h in stillUseful)
            {
                var y = h.Model!.Yields.First(y => y.Candidate == candidate.Index);
                if (y.AllNonApproved && h.Model.Cap >= 0 && finals[h].Pool.Sum() >= h.Model.Cap && h.Policy.NonApprovedCap is { } cap)
                {
                    return Reason(RecommendationCodes.NotApprovedCapReached, ("credential", h.Certification.Credential), ("limit", new Credit(cap.Limit, h.Policy.Units.Unit)));
                }
            }
            return Reason(RecommendationCodes.NotOptimal, ("objective", options.Objective.ToString().ToLowerInvariant()));
        }

        private static string ContentKey(LearningActivityKind kind, string? title, string? provider) =>
            $"{kind.Id}|{title?.Trim().ToUpperInvariant()}|{provider?.Trim().ToUpperInvariant()}";

        private static RecommendationReason Reason(string code, params (string Name, object Value)[] arguments) =>
            new(code, arguments.Select(a => new DecisionArgument(a.Name, a.Value)).ToImmutableArray());
    }
}
