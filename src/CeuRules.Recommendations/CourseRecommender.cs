using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
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
/// <para>What a course adds to a certification is the engine's own admission of the course as an
/// activity on the person's transcript completed on the as-of date, with the credit lines of the
/// catalog's offer for the credential (or none), in the person's own cycle: every unit the body reads,
/// duplicates and recurring training against the transcript, self-study periods, per-activity limits,
/// CPR cards. The courses the engine decides together (identical copies, recurring training of one
/// title) count only through the first chosen, in the engine's order. The requirements are the
/// kernel's: total, approved minimum, category minima, the non-approved cap with its best placement,
/// CPR cards up to their most. Courses are offered for a certification only when the engine's next
/// step is to earn credit. The chosen courses are then added to the transcript and evaluated; a
/// certification the solver says becomes current and the evaluator does not confirm is reported as
/// <see cref="RecommendationCodes.VerificationFailed"/>.</para>
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
    /// <param name="cancellationToken">Checked at every course and stops the solver's search; the method then throws <see cref="OperationCanceledException"/> and returns nothing.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="catalogs"/> is null, or a catalog is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Recommendation Recommend(Person person, IEnumerable<CourseCatalog> catalogs, LocalDate asOf, RecommendationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(catalogs);
        var catalogList = catalogs.ToImmutableArray();
        if (catalogList.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(catalogs), "A catalog must not be null.");
        }
        cancellationToken.ThrowIfCancellationRequested();
        var validations = ImmutableArray.CreateBuilder<CatalogValidation>(catalogList.Length);
        foreach (var catalog in catalogList)
        {
            cancellationToken.ThrowIfCancellationRequested();
            validations.Add(validator.Validate(catalog, asOf));
        }
        return new Run(this, person, validations.MoveToImmutable(), asOf, options ?? RecommendationOptions.Default, cancellationToken).Execute();
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
    /// <param name="cancellationToken">Checked at every course and stops the solver's search; the method then throws <see cref="OperationCanceledException"/> and returns nothing.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="validatedCatalogs"/> is null, or a validation is null.</exception>
    /// <exception cref="ArgumentException">A validation was made as of another date.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Recommendation RecommendValidated(Person person, IEnumerable<CatalogValidation> validatedCatalogs, LocalDate asOf, RecommendationOptions? options = null,
        CancellationToken cancellationToken = default)
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
        cancellationToken.ThrowIfCancellationRequested();
        return new Run(this, person, list, asOf, options ?? RecommendationOptions.Default, cancellationToken).Execute();
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

        /// <summary>Why it cannot be chosen at all (already taken, no price), or null.</summary>
        internal RecommendationReason? Excluded { get; set; }

        /// <summary>Whether it is left out only for stating no price (it still tells whether a price would have helped).</summary>
        internal bool Unpriced { get; set; }

        internal bool Usable => Excluded is null;
    }

    /// <summary>One certification of the person, evaluated as it is, with what each course would add to it.</summary>
    private sealed class Held
    {
        internal required Certification Certification { get; init; }

        internal required CertificationEvaluation Before { get; init; }

        /// <summary>Whether the engine's next step is to earn credit (earn then apply, or earn then reactivate): the only case courses serve.</summary>
        internal bool Earns { get; set; }

        /// <summary>Whether the requirements are met and the next step is to apply (or reactivate).</summary>
        internal bool MetBefore { get; set; }

        /// <summary>Per candidate, the activity it becomes on this certification's transcript (null for a course already taken).</summary>
        internal LearningActivity?[] Activities { get; set; } = [];

        /// <summary>Per candidate, whether it offers credit to the credential or the engine admits something of it (when <see cref="Earns"/>).</summary>
        internal bool[] Serves { get; set; } = [];

        /// <summary>The model over the usable candidates, when <see cref="Earns"/>.</summary>
        internal CertificationModel? Model { get; set; }

        /// <summary>Whether the model must make it met (the next step earns credit, and some selection can).</summary>
        internal bool Needed { get; set; }

        internal bool Coverable { get; set; }

        /// <summary>When only a selection with courses without a price can make it met: how many such courses earn toward it (0 otherwise).</summary>
        internal int UnpricedServing { get; set; }

        /// <summary>Why courses are not offered for it (already met, or no route open to credit), or null.</summary>
        internal RecommendationReason? Reason { get; set; }

        internal CredentialPolicy Policy => Before.Policy;
    }

    private sealed class Run(CourseRecommender owner, Person person, ImmutableArray<CatalogValidation> validations, LocalDate asOf, RecommendationOptions options,
        CancellationToken cancellationToken)
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

            var needed = held.Where(h => h.Needed).ToList();
            bool[] chosen = new bool[candidates.Count];
            var status = RecommendationSolveStatus.NothingNeeded;
            if (needed.Count > 0)
            {
                // Only candidates that add something to a certification still short take part.
                var earning = needed.SelectMany(h => h.Model!.Yields.Where(y => !y.IsEmpty).Select(y => y.Candidate)).ToHashSet();
                var useful = Reduce(candidates.Where(c => earning.Contains(c.Index)).ToList(), needed);
                var selection = Solve(useful, needed.Select(h => h.Model!).ToList());
                status = selection.Status;
                for (int i = 0; i < useful.Count; i++)
                {
                    chosen[useful[i].Index] = selection.Chosen[i];
                }
            }
            return Result(chosen, status);
        }

        /// <summary>Solves over <paramref name="useful"/> with every model's requirements.</summary>
        private Selection Solve(List<Candidate> useful, List<CertificationModel> models)
        {
            var local = new Dictionary<int, int>();
            for (int i = 0; i < useful.Count; i++)
            {
                local.Add(useful[i].Index, i);
            }
            return SelectionModel.Solve(useful.Count, models.Select(m => m.Localize(local)).ToList(), Objectives(useful), options.TimeLimit.ToTimeSpan(), cancellationToken);
        }

        /// <summary>
        /// Leaves out courses that no optimal selection needs. Courses admitted on their own (in no group of
        /// any certification still short) with the same non-negative yield to every such certification are
        /// interchangeable but for price and time; an optimal selection is minimal (removing a course never
        /// costs more), and when a yield is taken more than <c>ceil(M / y)</c> times (<c>M</c> the largest
        /// minimum, <c>y</c> the smallest positive amount it adds to any sum the kernel tests) or more than the
        /// most CPR cards that count, one copy can be removed without breaking a requirement. So only that
        /// many of each yield, the best by the objective's order, can be in an optimal selection; the others
        /// are left out, which changes no optimum. Members of groups and yields that lower a sum are all kept.
        /// </summary>
        private List<Candidate> Reduce(List<Candidate> useful, List<Held> needed)
        {
            var grouped = needed.SelectMany(h => h.Model!.Groups.SelectMany(g => g)).ToHashSet();
            bool Plain(Candidate c) => !grouped.Contains(c.Index) && needed.All(h => !h.Model!.YieldOf.TryGetValue(c.Index, out var y) || y.IsNonNegative);
            string Signature(Candidate c) => string.Join("|", needed.Select(h => h.Model!.YieldOf.TryGetValue(c.Index, out var y)
                ? $"{y.Cards}:{string.Join(",", y.Approved)}:{string.Join(",", y.Pool)}" : "-"));
            long Copies(Candidate c)
            {
                long most = 1;
                foreach (var h in needed)
                {
                    var model = h.Model!;
                    if (!model.YieldOf.TryGetValue(c.Index, out var y))
                    {
                        continue;
                    }
                    long largest = model.Minimums.Length == 0 ? 0 : model.Minimums.Max(m => m.Amount);
                    long smallest = y.Approved.Concat(y.Pool).Where(a => a > 0).DefaultIfEmpty(long.MaxValue).Min();
                    if (smallest != long.MaxValue)
                    {
                        most = Math.Max(most, (largest + smallest - 1) / smallest);
                    }
                    if (y.Cards > 0)
                    {
                        most = Math.Max(most, model.MaxCards);
                    }
                }
                return most;
            }
            var weights = Objectives(useful);
            var kept = new List<Candidate>(useful.Count);
            foreach (var group in useful.Select((c, i) => (Candidate: c, Index: i)).GroupBy(p => Plain(p.Candidate) ? Signature(p.Candidate) : "#" + p.Candidate.Index, StringComparer.Ordinal))
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
                findings.Add(new Finding(FindingCodes.NoCertification, FindingSeverity.Error, "certifications", ("what", "request")));
            }
            for (int i = 0; i < person.Certifications.Length; i++)
            {
                var certification = person.Certifications[i];
                if (!owner.Policies.Contains(certification.Credential))
                {
                    findings.Add(new Finding(FindingCodes.UnknownCredential, FindingSeverity.Error, $"certifications[{i}].credential",
                        ("value", certification.Credential.Id), ("known", string.Join(", ", owner.Policies.Credentials.Select(c => c.Id)))));
                    continue;
                }
                held.Add(new Held { Certification = certification, Before = owner.evaluator.Evaluate(certification, person.Transcript, asOf) });
            }
        }

        private void ReadCatalogs()
        {
            if (validations.IsEmpty || validations.All(v => v.Catalog.Courses.IsEmpty))
            {
                findings.Add(new Finding(FindingCodes.NoCatalog, FindingSeverity.Error, "catalogs"));
            }
            var transcriptIds = new HashSet<string>(person.Transcript.Activities.Select(a => a.Id), StringComparer.Ordinal);
            var seen = new Dictionary<(string Vendor, string Id), string>();
            var ids = new HashSet<string>(transcriptIds, StringComparer.Ordinal);
            for (int k = 0; k < validations.Length; k++)
            {
                var validation = validations[k];
                var catalog = validation.Catalog;
                foreach (var finding in validation.Findings)
                {
                    if (finding.Severity != FindingSeverity.Info)
                    {
                        findings.Add(finding.At($"catalogs[{k}].{finding.Path}"));
                    }
                }
                for (int c = 0; c < catalog.Courses.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var course = catalog.Courses[c];
                    string path = $"catalogs[{k}].courses[{c}]";
                    if (seen.TryGetValue((catalog.Vendor, course.Id), out string? first))
                    {
                        findings.Add(new Finding(FindingCodes.DuplicateCourse, FindingSeverity.Warning, path + ".id", ("vendor", catalog.Vendor), ("id", course.Id), ("first", first)));
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
                    if (transcriptIds.Contains(course.Id))
                    {
                        candidate.Excluded = Reason(RecommendationCodes.AlreadyTaken, ("activity", course.Id));
                    }
                    else if (course.Price is null && options.Objective == RecommendationObjective.Cost)
                    {
                        candidate.Excluded = Reason(RecommendationCodes.NoPrice);
                        candidate.Unpriced = true;
                        findings.Add(new Finding(FindingCodes.NoPrice, FindingSeverity.Warning, path + ".price", ("id", course.Id)));
                    }
                    if (!ids.Add(candidate.ActivityId))
                    {
                        // Two vendors use the same id: the activity gets an id of its own, so that the evaluator does not take them for one.
                        candidate.ActivityId = $"{k}/{c}";
                        ids.Add(candidate.ActivityId);
                    }
                    candidates.Add(candidate);
                }
            }
        }

        /// <summary>
        /// The activity a course becomes on the person's transcript when completed on the as-of date, for one credential:
        /// the credit lines of its offer for the credential, or none (the engine then reads what a body reads without
        /// them: a duration where the body counts time, a CPR card by its validity).
        /// </summary>
        private LearningActivity Activity(Candidate candidate, Credential credential)
        {
            var course = candidate.Course;
            return new LearningActivity(candidate.ActivityId, course.Kind, asOf)
            {
                Title = course.Title,
                Provider = candidate.Vendor,
                DurationMinutes = course.DurationMinutes is >= 0 and var minutes ? minutes : null,
                ValidMonths = course.ValidMonths,
                PurchasedOn = course.CompleteWithinMonths is { } months ? PeriodRules.MinusOrMin(asOf, Period.FromMonths(months)) : null,
                Credits = OfferFor(course, credential)?.Credits ?? ImmutableArray<CreditLine>.Empty,
            };
        }

        private static CreditOffer? OfferFor(Course course, Credential credential) =>
            course.Offers.FirstOrDefault(o => string.Equals(o.CredentialId, credential.Id, StringComparison.Ordinal));

        /// <summary>
        /// Reads the engine's next step; when it is to earn credit, takes from the engine's admission what each
        /// course adds to this certification (<see cref="AdmissionProbe.Contribution"/>) and which courses it decides
        /// together (<see cref="AdmissionProbe.Groups"/>), and states the certification's model.
        /// </summary>
        private void BuildModel(Held h)
        {
            var credential = h.Certification.Credential;
            var before = h.Before;
            var step = before.NextStep;
            h.MetBefore = step.Action == NextAction.Apply || (step.Action == NextAction.Reactivate && before.RequirementsMet);
            h.Earns = step.Action == NextAction.EarnThenApply || (step.Action == NextAction.Reactivate && !before.RequirementsMet);
            h.Activities = new LearningActivity?[candidates.Count];
            h.Serves = candidates.Select(c => OfferFor(c.Course, credential) is not null).ToArray();
            if (!h.Earns)
            {
                h.Reason = h.MetBefore
                    ? Reason(RecommendationCodes.AlreadyMet, ("credential", credential), ("action", step.Action.ToId()), ("by", step.By), ("code", step.Code))
                    : Reason(RecommendationCodes.RouteClosed, ("credential", credential), ("action", step.Action.ToId()), ("by", step.By), ("code", step.Code));
                foreach (var candidate in candidates.Where(c => c.Excluded?.Code != RecommendationCodes.AlreadyTaken))
                {
                    h.Activities[candidate.Index] = Activity(candidate, credential);
                }
                return;
            }

            var probe = owner.evaluator.Probe(h.Certification, person.Transcript, asOf);
            var yields = new SlotYield?[candidates.Count];
            var parts = new List<Candidate>();
            foreach (var candidate in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (candidate.Excluded?.Code == RecommendationCodes.AlreadyTaken)
                {
                    continue;
                }
                var activity = Activity(candidate, credential);
                var added = probe.Contribution(activity);
                h.Activities[candidate.Index] = activity;
                h.Serves[candidate.Index] |= !added.IsZero;
                yields[candidate.Index] = new SlotYield(candidate.Index, added.Approved, added.Pool, added.Cards);
                parts.Add(candidate);
            }

            // The groups admission decides together, each in the order admission takes its members.
            var groupOf = probe.Groups(parts.Select(c => h.Activities[c.Index]!).ToList());
            var groups = parts.Select((c, i) => (Candidate: c, Group: groupOf[i])).Where(p => p.Group >= 0).GroupBy(p => p.Group)
                .Select(g => g.Select(p => p.Candidate).ToList())
                .Select(members =>
                {
                    members.Sort((a, b) => a.Index == b.Index ? 0
                        : AdmissionProbe.Precedes(h.Activities[a.Index]!, a.Index, h.Activities[b.Index]!, b.Index) ? -1 : 1);
                    return members.Select(c => c.Index).ToArray();
                })
                .ToList();
            var grouped = groups.SelectMany(g => g).ToHashSet();
            CertificationModel ModelOf(Func<Candidate, bool> allowed) => new(probe,
                parts.Where(c => allowed(c) && (!yields[c.Index]!.IsEmpty || grouped.Contains(c.Index))).Select(c => yields[c.Index]!).ToList(),
                groups.Select(g => g.Where(i => allowed(candidates[i])).ToArray()).Where(g => g.Length > 1).ToList());

            h.Model = ModelOf(c => c.Usable);
            h.Coverable = before.Window.Contains(asOf) && Coverable(h.Model, parts.Where(c => c.Usable).ToList());
            h.Needed = h.Coverable;
            if (!h.Coverable && before.Window.Contains(asOf) && parts.Any(c => c.Unpriced)
                && Coverable(ModelOf(c => c.Usable || c.Unpriced), parts.Where(c => c.Usable || c.Unpriced).ToList()))
            {
                h.UnpricedServing = parts.Count(c => c.Unpriced && !yields[c.Index]!.IsEmpty);
            }
        }

        /// <summary>Whether some selection of <paramref name="allowed"/> meets the model.</summary>
        private bool Coverable(CertificationModel model, List<Candidate> allowed)
        {
            var set = allowed.Select(c => c.Index).ToHashSet();
            if (model.Met(set.Contains))
            {
                return true;
            }
            if (model.Groups.Count == 0 && model.Yields.All(y => y.IsNonNegative))
            {
                // Every course only adds: when all of them together fall short, every selection does.
                return false;
            }
            return Solve(allowed, [model]).Status is RecommendationSolveStatus.Optimal or RecommendationSolveStatus.Feasible;
        }

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

        /// <summary>The transcript with the activities of <paramref name="selected"/> that take part in <paramref name="h"/> added.</summary>
        private Transcript With(Held h, IEnumerable<Candidate> selected) =>
            new(person.Transcript.Activities.AddRange(selected.Select(c => h.Activities[c.Index]).OfType<LearningActivity>()));

        private Recommendation Result(bool[] chosen, RecommendationSolveStatus status)
        {
            var selected = candidates.Where(c => chosen[c.Index]).ToList();
            var outlooks = ImmutableArray.CreateBuilder<CertificationOutlook>();
            var earns = selected.ToDictionary(c => c.Index, _ => ImmutableArray.CreateBuilder<RecommendedCredit>());
            foreach (var h in held)
            {
                bool any = selected.Any(c => h.Activities[c.Index] is not null);
                var after = any ? owner.evaluator.Evaluate(h.Certification, With(h, selected), asOf) : h.Before;
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
                bool becomes = h.MetBefore || (h.Needed && status is RecommendationSolveStatus.Optimal or RecommendationSolveStatus.Feasible);
                if (becomes && !after.RequirementsMet)
                {
                    findings.Add(new Finding(FindingCodes.VerificationFailed, FindingSeverity.Error, $"certifications[{person.Certifications.IndexOf(h.Certification)}]",
                        ("credential", h.Certification.Credential.ToString())));
                    becomes = false;
                }
                var uncovered = h.MetBefore || h.Coverable ? [] : Uncovered(h);
                outlooks.Add(new CertificationOutlook(h.Certification, h.Before.Status, after.Status, becomes, uncovered, after, h.Reason));
            }

            var courses = selected.Select(c => new RecommendedCourse(c.Vendor, c.Course.Id, c.Course.Title, c.Course.Kind, c.Course.Price, c.Course.DurationMinutes,
                earns[c.Index].ToImmutable())).ToImmutableArray();
            var total = selected.Aggregate(Money.Zero, (sum, c) => sum + (c.Course.Price ?? Money.Zero));
            int minutes = (int)Math.Min(int.MaxValue, selected.Sum(c => (long)Math.Max(0, c.Course.DurationMinutes ?? 0)));
            return new Recommendation(asOf, options.Objective, status, courses, total, minutes, outlooks.ToImmutable(), Alternatives(chosen, selected), findings.ToImmutableArray());
        }

        /// <summary>What stays missing, and why: the route's state, the courses without a price, or what every usable course together leaves short.</summary>
        private ImmutableArray<UncoveredRequirement> Uncovered(Held h)
        {
            var before = h.Before;
            var credential = h.Certification.Credential;
            var unit = h.Policy.Units.Unit;
            if (!h.Earns)
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit, h.Reason!)];
            }
            if (!before.Window.Contains(asOf))
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit,
                    Reason(RecommendationCodes.OutsideWindow, ("credential", credential), ("start", before.Window.Start), ("end", before.Window.End)))];
            }
            if (h.UnpricedServing > 0)
            {
                return [new UncoveredRequirement("status", CreditAmount.Zero, unit,
                    Reason(RecommendationCodes.NoPrice, ("credential", credential), ("courses", h.UnpricedServing)))];
            }
            var everything = owner.evaluator.Evaluate(h.Certification, With(h, candidates.Where(c => c.Usable)), asOf);
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
        private ImmutableArray<CourseAlternative> Alternatives(bool[] chosen, List<Candidate> selected)
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
            var ordered = candidates.Where(c => !chosen[c.Index] && held.Any(h => h.Serves[c.Index]))
                .OrderBy(Primary).ThenBy(c => c.CatalogIndex).ThenBy(c => c.CourseIndex).Take(options.MaxAlternatives);
            return ordered.Select(c => new CourseAlternative(c.Vendor, c.Course.Id, c.Course.Title, c.Course.Price, c.Course.DurationMinutes, c.Excluded ?? WhyNot(c, selected, finals)))
                .ToImmutableArray();
        }

        /// <summary>
        /// Why a usable course was not chosen: the route of every certification it serves, or what the engine decides of it
        /// with the chosen courses (a duplicate, a repeat of recurring training, a refusal), or the cap, or the objective.
        /// </summary>
        private RecommendationReason WhyNot(Candidate candidate, List<Candidate> selected, Dictionary<Held, (long[] Approved, long[] Pool)> finals)
        {
            var serving = held.Where(h => h.Serves[candidate.Index]).ToList();
            if (serving.Count == 0)
            {
                return Reason(RecommendationCodes.NoYieldForCredential);
            }
            var open = serving.Where(h => h.Needed).ToList();
            if (open.Count == 0)
            {
                return serving.FirstOrDefault(h => !h.Earns && !h.MetBefore)?.Reason ?? Reason(RecommendationCodes.NotNeeded);
            }
            RecommendationReason? refused = null;
            bool counts = false;
            foreach (var h in open)
            {
                var credential = h.Certification.Credential;
                var evaluation = owner.evaluator.Evaluate(h.Certification, With(h, selected.Append(candidate)), asOf);
                var decision = evaluation.Activities.First(d => d.ActivityId == candidate.ActivityId);
                var refusal = decision.NotCounted.Select(n => Refusal(credential, n, selected)).FirstOrDefault(r => r is not null);
                if (refusal is not null && decision.Counted.IsEmpty)
                {
                    refused ??= refusal;
                }
                else if (!decision.Counted.IsEmpty || (h.Model!.YieldOf.TryGetValue(candidate.Index, out var alone) && !alone.IsEmpty))
                {
                    // It counts, or would but for the caps the chosen courses already fill.
                    counts = true;
                }
            }
            if (!counts)
            {
                return refused ?? Reason(RecommendationCodes.NoYieldForCredential);
            }
            foreach (var h in open)
            {
                if (h.Model!.YieldOf.TryGetValue(candidate.Index, out var y) && y.AllNonApproved && h.Model.Cap >= 0 && finals[h].Pool.Sum() >= h.Model.Cap
                    && h.Policy.NonApprovedCap is { } cap)
                {
                    return Reason(RecommendationCodes.NotApprovedCapReached, ("credential", h.Certification.Credential), ("limit", new Credit(cap.Limit, h.Policy.Units.Unit)));
                }
            }
            return Reason(RecommendationCodes.NotOptimal, ("objective", options.Objective.ToString().ToLowerInvariant()));
        }

        /// <summary>The engine's refusal of a course's credit as a reason: a duplicate of the transcript or of a chosen course, recurring training already counted, a kind refused.</summary>
        private RecommendationReason? Refusal(Credential credential, NotCountedCredit refusal, List<Candidate> selected)
        {
            string? Other(string? activityId) => selected.FirstOrDefault(c => c.ActivityId == activityId) is { } course ? course.Course.Id : null;
            switch (refusal.Code)
            {
                case DecisionCodes.DuplicateContent:
                case DecisionCodes.DuplicateId:
                    string? of = refusal.Arguments.FirstOrDefault(a => a.Name == "duplicateOf").Value as string;
                    return Other(of) is { } course
                        ? Reason(RecommendationCodes.DuplicateOfCourse, ("credential", credential), ("vendor", selected.First(c => c.ActivityId == of).Vendor), ("course", course))
                        : Reason(RecommendationCodes.DuplicateOfTranscript, ("credential", credential), ("activity", of ?? string.Empty));
                case DecisionCodes.RecurringRepeat:
                    string? repeated = refusal.Arguments.FirstOrDefault(a => a.Name == "repeatedActivityId").Value as string;
                    var on = refusal.Arguments.FirstOrDefault(a => a.Name == "repeatedOn").Value;
                    var period = refusal.Arguments.FirstOrDefault(a => a.Name == "countsOncePer").Value;
                    return Reason(RecommendationCodes.RecurringCounted, ("credential", credential), ("activity", Other(repeated) ?? repeated ?? string.Empty),
                        ("chosen", Other(repeated) is not null), ("repeatedOn", on ?? asOf), ("countsOncePer", period ?? Period.Zero));
                default:
                    return refusal.Reason == NotCountedReason.NotAccepted
                        ? Reason(RecommendationCodes.RefusedByBody, ("credential", credential), ("decision", refusal.Code))
                        : null;
            }
        }

        private static RecommendationReason Reason(string code, params (string Name, object? Value)[] arguments) =>
            new(code, arguments.Where(a => a.Value is not null).Select(a => new DecisionArgument(a.Name, a.Value!)).ToImmutableArray());
    }
}
