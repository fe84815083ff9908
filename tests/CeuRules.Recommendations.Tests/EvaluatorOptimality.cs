using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Workforce;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CeuRules.Recommendations.Tests;

/// <summary>A person, the policies and small catalogs (the courses of all catalogs, in order, at most twelve).</summary>
public sealed record RichCase(Person Person, ImmutableArray<CourseCatalog> Catalogs)
{
    /// <summary>The courses of every catalog with their vendor, in the order the recommender reads them.</summary>
    public ImmutableArray<(string Vendor, Course Course)> Courses { get; } = Catalogs.SelectMany(c => c.Courses.Select(k => (c.Vendor, k))).ToImmutableArray();

    /// <inheritdoc />
    public override string ToString() =>
        "certifications: " + string.Join(", ", Person.Certifications.Select(c => c.Credential.Id))
        + " | transcript: " + string.Join("; ", Person.Transcript.Activities.Select(a => $"{a.Id} {a.Kind} '{a.Title}' {a.CompletedOn} [{string.Join(", ", a.Credits)}]"))
        + " | courses: " + string.Join("; ", Courses.Select(p => $"{p.Vendor}/{p.Course.Id} {p.Course.Kind} '{p.Course.Title}' {p.Course.Price} {p.Course.DurationMinutes}min [{string.Join(" | ", p.Course.Offers)}]"));
}

/// <summary>
/// The recommender is the evaluator's answer. On generated small catalogs (up to twelve courses, with courses of the same
/// title from one vendor and from two, identical copies, recurring employer training, courses that earn time-based credit
/// through their duration alone, non-approved credit against the AAMA's cap, CPR cards, cases no subset can make current and
/// cases already met), every subset of the courses is evaluated in bulk by the evaluator
/// (<see cref="WorkforceEvaluator.Summarize(ReadOnlyMemory{PreparedEvaluation}, LocalDate, Memory{CertificationSummary}, System.Threading.CancellationToken)"/>),
/// for every built-in policy, the CMA and CCMA together and a custom policy, under every objective: the recommender's objective
/// is the least over every subset the evaluator finds makes current every certification some subset can; it says
/// <c>nothing-needed</c> only when no certification needs a course some subset supplies; it says why for every certification
/// it does not make current; and the evaluator never contradicts it (no <c>verification-failed</c>).
/// </summary>
public class EvaluatorOptimality
{
    private static readonly string[] Titles = ["Ethics", "HIPAA refresher", "Safety update"];

    private static readonly Lazy<ImmutableArray<CredentialPolicy>> Custom = new(() => ReadShipped("employer-annual.json"));

    internal static PolicyCatalog Policies { get; } = PolicyCatalog.BuiltIn.With(Custom.Value);

    private static ImmutableArray<CredentialPolicy> ReadShipped(string name)
    {
        for (var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = System.IO.Path.Combine(dir.FullName, "docs", "examples", "policies", name);
            if (System.IO.File.Exists(path))
            {
                var read = Json.PolicyJsonReader.Read(System.IO.File.ReadAllText(path));
                return read.IsValid ? read.Policies : throw new InvalidOperationException($"{name}: {string.Join("; ", read.Findings)}");
            }
        }
        throw new InvalidOperationException($"docs/examples/policies/{name} not found above the test folder.");
    }

    private static CreditUnit UnitOf(string credential) => credential switch
    {
        "aama-cma" => CreditUnit.AamaPoint,
        "amt-rma" => CreditUnit.AmtCcpPoint,
        "nha-ccma" => CreditUnit.NhaCredit,
        "ncct-ncma" => CreditUnit.ClockHour,
        _ => CreditUnit.ContactHour,
    };

    private static string BodyOf(string credential) => credential == "example-clinic-ce" ? "example-clinic" : credential[..credential.IndexOf('-', StringComparison.Ordinal)];

    private static string?[] CategoriesOf(string credential) => credential == "example-clinic-ce"
        ? ["clinical", "safety", "administrative", null]
        : ["general", "clinical", "administrative", "general", "clinical", "administrative", null];

    private static Certification CertificationOf(string credential)
    {
        Assert.True(Policies.TryGetCredential(credential, out var found));
        return new Certification(found, credential switch
        {
            "aama-cma" => new LocalDate(2022, 3, 10),
            "amt-rma" => new LocalDate(2024, 1, 10),
            "nha-ccma" => new LocalDate(2025, 1, 10),
            "ncct-ncma" => new LocalDate(2025, 9, 1),
            _ => new LocalDate(2025, 9, 1),
        });
    }

    private static Gen<CreditLine> LineGen(string credential, int maxQuarters) =>
        from quarters in Gen.Choose(1, maxQuarters)
        from contactHours in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from category in Gen.Elements(CategoriesOf(credential))
        from approved in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Build.Line(quarters * 0.25m, contactHours ? CreditUnit.ContactHour : UnitOf(credential), category is null ? null : new Category(category),
            approved ? BodyOf(credential) : null);

    private static int MaxQuarters(string credential) => credential switch { "aama-cma" => 40, "amt-rma" => 24, _ => 16 };

    /// <summary>A course: the offers' credit, its kind and title (often shared with other courses), price and duration.</summary>
    private static Gen<Course> CourseGen(int index, string[] credentials)
    {
        bool recurring = credentials.Any(c => c is "ncct-ncma" or "example-clinic-ce");
        var kinds = new List<LearningActivityKind> { LearningActivityKind.Course, LearningActivityKind.Course, LearningActivityKind.SelfStudy };
        if (credentials.Contains("aama-cma"))
        {
            kinds.Add(LearningActivityKind.CprCard);
        }
        if (recurring)
        {
            kinds.Add(LearningActivityKind.EmployerTraining);
            kinds.Add(LearningActivityKind.EmployerTraining);
        }
        return from kind in Gen.Elements(kinds.ToArray())
               from shared in Gen.Frequency((3, Gen.Constant<string?>(null)), (2, Gen.Elements(Titles).Select(t => (string?)t)))
               from dollars in Gen.Choose(0, 12)
               from minutes in Gen.Elements<int?>(null, 30, 60, 120, 240, 600)
               from within in Gen.Elements(3, 6, 12)
               from offered in Gen.ListOf(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))), credentials.Length)
               from lines in Gen.CollectToList(credentials.Select(c => Gen.ListOf(LineGen(c, MaxQuarters(c)), 1).Select(l => l.ToArray())))
               select new Course($"c{index:D2}", shared ?? $"Course {index}", kind)
               {
                   Price = Money.FromDollars(dollars * 5),
                   DurationMinutes = minutes,
                   CompleteWithinMonths = kind == LearningActivityKind.SelfStudy ? within : null,
                   ValidMonths = kind == LearningActivityKind.CprCard ? 24 : null,
                   Offers = credentials.Select((c, i) => (c, i)).Where(p => offered[p.i])
                       .Select(p => kind == LearningActivityKind.CprCard && p.c == "aama-cma" ? Build.Offer(p.c, Build.Line(4, CreditUnit.AamaPoint, Category.Clinical, "aama")) : Build.Offer(p.c, lines[p.i]))
                       .ToImmutableArray(),
               };
    }

    /// <summary>A copy of a course under another id: the same content (a duplicate for the evaluator) at another price.</summary>
    private static Course CopyOf(Course course, int index, int dollars) =>
        new($"c{index:D2}", course.Title, course.Kind)
        {
            Price = Money.FromDollars(dollars * 5),
            DurationMinutes = course.DurationMinutes,
            CompleteWithinMonths = course.CompleteWithinMonths,
            ValidMonths = course.ValidMonths,
            Offers = course.Offers,
        };

    private static Gen<LearningActivity> DoneGen(int index, string credential) =>
        from lines in Gen.ListOf(LineGen(credential, credential switch { "aama-cma" => 48, "amt-rma" => 40, _ => 12 }), 1)
        select Build.Done($"t{index}-{credential}", new LocalDate(2026, 1, 15), lines.ToArray());

    /// <summary>Employer training of a shared title completed earlier: it repeats within the recurring rule's period, or not.</summary>
    private static Gen<LearningActivity> TrainingGen(string credential) =>
        from title in Gen.Elements(Titles)
        from day in Gen.Elements(new LocalDate(2025, 10, 1), new LocalDate(2026, 2, 1), new LocalDate(2026, 6, 15))
        from quarters in Gen.Choose(2, 12)
        select new LearningActivity($"training-{credential}", LearningActivityKind.EmployerTraining, day)
        {
            Title = title,
            Provider = "V1",
            DurationMinutes = quarters * 15,
            Credits = [Build.Line(quarters * 0.25m, UnitOf(credential))],
        };

    internal static Gen<RichCase> CaseGen(string[] credentials) =>
        from sizes in Gen.CollectToList(credentials.Select(c => c switch { "aama-cma" => Gen.Choose(5, 11), "amt-rma" => Gen.Choose(2, 5), _ => Gen.Choose(0, 5) }))
        from done in Gen.CollectToList(credentials.SelectMany((c, i) => Enumerable.Range(0, sizes[i]).Select(k => DoneGen(k, c))))
        from trainings in Gen.CollectToList(credentials.Where(c => c is "ncct-ncma" or "example-clinic-ce").Select(TrainingGen))
        from withTraining in Gen.Elements(true, false)
        from count in Gen.Choose(1, 12)
        from courses in Gen.CollectToList(Enumerable.Range(0, count).Select(i => CourseGen(i, credentials)))
        from copies in Gen.CollectToList(Enumerable.Range(0, count).Select(i => Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, Math.Max(0, i - 1))))))
        from prices in Gen.ListOf(Gen.Choose(0, 12), count)
        from vendors in Gen.ListOf(Gen.Frequency((3, Gen.Constant("V1")), (1, Gen.Constant("V2"))), count)
        let list = Enumerable.Range(0, count).Select(i => copies[i] >= 0 && copies[i] < i ? CopyOf(courses[copies[i]], i, prices[i]) : courses[i]).ToList()
        let person = new Person("p1", credentials.Select(CertificationOf), new Transcript(done.Concat(withTraining ? trainings : []).ToImmutableArray()))
        select new RichCase(person, [
            new CourseCatalog("V1", list.Where((_, i) => vendors[i] == "V1")),
            new CourseCatalog("V2", list.Where((_, i) => vendors[i] == "V2")),
        ]);

    [Theory]
    [InlineData("aama-cma", RecommendationObjective.Cost)]
    [InlineData("aama-cma", RecommendationObjective.Time)]
    [InlineData("aama-cma", RecommendationObjective.Courses)]
    [InlineData("amt-rma", RecommendationObjective.Cost)]
    [InlineData("amt-rma", RecommendationObjective.Time)]
    [InlineData("amt-rma", RecommendationObjective.Courses)]
    [InlineData("nha-ccma", RecommendationObjective.Cost)]
    [InlineData("nha-ccma", RecommendationObjective.Time)]
    [InlineData("nha-ccma", RecommendationObjective.Courses)]
    [InlineData("ncct-ncma", RecommendationObjective.Cost)]
    [InlineData("ncct-ncma", RecommendationObjective.Time)]
    [InlineData("ncct-ncma", RecommendationObjective.Courses)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Cost)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Time)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Courses)]
    [InlineData("example-clinic-ce", RecommendationObjective.Cost)]
    [InlineData("example-clinic-ce", RecommendationObjective.Time)]
    [InlineData("example-clinic-ce", RecommendationObjective.Courses)]
    public void Recommendation_is_the_evaluators_optimum(string credentials, RecommendationObjective objective)
    {
        var property = Prop.ForAll(Arb.From(CaseGen(credentials.Split(' '))), (RichCase c) => Holds(c, objective));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(30), property);
    }

    internal static void Holds(RichCase c, RecommendationObjective objective)
    {
        var recommendation = new CourseRecommender(Policies).Recommend(c.Person, c.Catalogs, Build.AsOf, new RecommendationOptions { Objective = objective });
        Assert.DoesNotContain(recommendation.Findings, f => f.Code == RecommendationCodes.VerificationFailed);
        var truth = BruteForce(c, objective);
        Assert.True(recommendation.IsOptimal, $"status {recommendation.Status}");
        for (int h = 0; h < truth.Earns.Length; h++)
        {
            var outlook = recommendation.Certifications[h];
            Assert.Equal(truth.MetBefore[h] || truth.Coverable[h], outlook.BecomesCurrent);
            if (!outlook.BecomesCurrent)
            {
                // It says why: the route's state, or what no subset can supply.
                Assert.NotEmpty(outlook.Uncovered);
            }
            if (truth.MetBefore[h])
            {
                Assert.Equal(RecommendationCodes.AlreadyMet, outlook.Reason?.Code);
            }
            else if (!truth.Earns[h])
            {
                Assert.Equal(RecommendationCodes.RouteClosed, outlook.Reason?.Code);
            }
        }
        bool anyNeeded = Enumerable.Range(0, truth.Earns.Length).Any(h => truth.Coverable[h]);
        Assert.Equal(!anyNeeded, recommendation.Status == RecommendationSolveStatus.NothingNeeded);
        var chosen = recommendation.Courses.Select(r => c.Courses.First(p => p.Vendor == r.Vendor && p.Course.Id == r.CourseId).Course).ToList();
        Assert.Equal(truth.Best, Key(chosen, objective));
    }

    private static (long, long, long) Key(IEnumerable<Course> courses, RecommendationObjective objective)
    {
        long cost = courses.Sum(k => k.Price!.Value.Cents);
        long time = courses.Sum(k => (long)(k.DurationMinutes ?? 0));
        long count = courses.Count();
        return objective switch
        {
            RecommendationObjective.Time => (time, cost, count),
            RecommendationObjective.Courses => (count, cost, time),
            _ => (cost, time, count),
        };
    }

    /// <summary>What the evaluator says of every subset of the courses, summarized in bulk.</summary>
    internal sealed record Truth(bool[] Earns, bool[] MetBefore, bool[] Coverable, (long, long, long) Best);

    internal static Truth BruteForce(RichCase c, RecommendationObjective objective)
    {
        var evaluator = new CertificationEvaluator(Policies);
        var workforce = new WorkforceEvaluator(evaluator, maxDegreeOfParallelism: 1);
        var courses = c.Courses;
        var certifications = c.Person.Certifications;
        int n = courses.Length;
        int subsets = 1 << n;
        var before = certifications.Select(cert => evaluator.Evaluate(cert, c.Person.Transcript, Build.AsOf)).ToArray();
        bool[] earns = before.Select(b => b.NextStep.Action == NextAction.EarnThenApply || (b.NextStep.Action == NextAction.Reactivate && !b.RequirementsMet)).ToArray();
        bool[] metBefore = before.Select(b => b.NextStep.Action == NextAction.Apply || (b.NextStep.Action == NextAction.Reactivate && b.RequirementsMet)).ToArray();

        // met[h][mask]: the evaluator's summary of certification h with the subset's courses added.
        var met = new bool[certifications.Length][];
        for (int h = 0; h < certifications.Length; h++)
        {
            met[h] = new bool[subsets];
            if (!earns[h])
            {
                continue;
            }
            var cert = certifications[h];
            var activities = courses.Select(p => ActivityFor(p.Vendor, p.Course, cert)).ToArray();
            var prepared = new PreparedEvaluation[subsets];
            for (int mask = 0; mask < subsets; mask++)
            {
                var added = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => activities[i]);
                prepared[mask] = evaluator.Prepare(cert, new Transcript(c.Person.Transcript.Activities.AddRange(added)));
            }
            var summaries = new CertificationSummary[subsets];
            workforce.Summarize(prepared, Build.AsOf, summaries);
            for (int mask = 0; mask < subsets; mask++)
            {
                met[h][mask] = summaries[mask].RequirementsMet;
            }
        }
        bool[] coverable = Enumerable.Range(0, certifications.Length).Select(h => earns[h] && met[h].Any(m => m)).ToArray();
        (long, long, long)? best = null;
        for (int mask = 0; mask < subsets; mask++)
        {
            if (Enumerable.Range(0, certifications.Length).All(h => !coverable[h] || met[h][mask]))
            {
                var key = Key(Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => courses[i].Course), objective);
                if (best is null || key.CompareTo(best.Value) < 0)
                {
                    best = key;
                }
            }
        }
        return new Truth(earns, metBefore, coverable, best!.Value);
    }

    /// <summary>
    /// The activity a course becomes on the person's transcript, completed on the as-of date, for one credential: the credit lines
    /// of its offer for the credential, or none (what a body reads without them, a duration or a CPR card, is the evaluator's).
    /// </summary>
    internal static LearningActivity ActivityFor(string vendor, Course course, Certification certification)
    {
        var offer = course.Offers.FirstOrDefault(o => o.CredentialId == certification.Credential.Id);
        return new LearningActivity(course.Id, course.Kind, Build.AsOf)
        {
            Title = course.Title,
            Provider = vendor,
            DurationMinutes = course.DurationMinutes,
            ValidMonths = course.ValidMonths,
            PurchasedOn = course.CompleteWithinMonths is { } months ? Build.AsOf.Minus(Period.FromMonths(months)) : null,
            Credits = offer?.Credits ?? [],
        };
    }
}
