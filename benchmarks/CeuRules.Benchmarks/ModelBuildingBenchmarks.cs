using System;
using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// What building the model costs: <see cref="Count"/> activities, each a <see cref="LearningActivity"/>
/// with one <see cref="CreditLine"/>, built from a flat array of plain structs (what a reader of a
/// file or a database holds), beside the same objects built without any argument check (plain classes
/// of the same fields). Figures are per activity (<c>OperationsPerInvoke</c>). The setup refuses to run
/// when a built activity differs from its record or when building the model allocates more than the
/// plain objects: an argument check must not allocate, for example by formatting its message while
/// the check passes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ModelBuildingBenchmarks
{
    /// <summary>How many activities one invocation builds.</summary>
    public const int Count = 500;

    private static readonly ImmutableArray<string> ApprovedByAama = ["aama"];
    private static readonly Category[] Categories = [Category.General, Category.Clinical, Category.Administrative];

    private readonly LearningActivity[] model = new LearningActivity[Count];
    private readonly PlainActivity[] plain = new PlainActivity[Count];
    private ActivityRecord[] records = null!;

    /// <summary>
    /// Generates the records from the fixed seed, checks that each built activity holds its record, and
    /// that building the model allocates exactly what building the plain objects does; writes the
    /// objects' own sizes to the log.
    /// </summary>
    /// <exception cref="InvalidOperationException">An activity differs from its record, or the model allocates more than the plain objects.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Baselines.CmaInputs.Seed);
        var start = new LocalDate(2021, 2, 10);
        records = new ActivityRecord[Count];
        for (int i = 0; i < Count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            bool approved = random.Next(10) < 7;
            records[i] = new ActivityRecord(
                (approved ? "a-" : "n-") + n,
                approved ? LearningActivityKind.Course : LearningActivityKind.Conference,
                start.PlusDays(random.Next(5 * 365)),
                (approved ? "AAMA course " : "Conference session ") + n,
                approved ? null : 60 * random.Next(1, 7),
                25L * random.Next(4, 16),
                Categories[random.Next(Categories.Length)],
                approved);
        }

        Model();
        Plain();
        for (int i = 0; i < Count; i++)
        {
            var r = records[i];
            var a = model[i];
            var line = a.Credits[0];
            if (a.Id != r.Id || a.Kind != r.Kind || a.CompletedOn != r.CompletedOn || a.Title != r.Title || a.DurationMinutes != r.DurationMinutes
                || a.Credits.Length != 1 || line.Amount != CreditAmount.FromHundredths(r.Hundredths) || line.Unit != CreditUnit.AamaPoint
                || line.Category != r.Category || line.IsApprovedBy("aama") != r.Approved || plain[i].Id != r.Id)
            {
                throw new InvalidOperationException($"The activity built from record {i} ({r}) differs from it.");
            }
        }

        long modelBytes = Allocated(() => Model());
        long plainBytes = Allocated(() => Plain());
        long activityBytes = Allocated(() => new LearningActivity("a", LearningActivityKind.Course, start));
        long lineBytes = Allocated(() => new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.General));
        long arrayBytes = Allocated(() => new CreditLine[1]);
        Console.WriteLine(
            $"// Model building: {modelBytes / (double)Count:0.#} B per activity built as the model, {plainBytes / (double)Count:0.#} B as plain objects; " +
            $"own sizes: LearningActivity {activityBytes} B, CreditLine {lineBytes} B, one-line credits array {arrayBytes} B.");
        if (modelBytes != plainBytes)
        {
            throw new InvalidOperationException(
                $"Building {Count} activities as the model allocated {modelBytes} B; as plain objects of the same fields, {plainBytes} B: the model's constructors allocate.");
        }
    }

    /// <summary>The plain objects: the same fields, no argument check.</summary>
    /// <returns>The objects.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public PlainActivity[] Plain()
    {
        var records = this.records;
        var plain = this.plain;
        for (int i = 0; i < records.Length; i++)
        {
            ref readonly var r = ref records[i];
            plain[i] = new PlainActivity(r.Id, r.Kind, r.CompletedOn)
            {
                Title = r.Title,
                DurationMinutes = r.DurationMinutes,
                Credits = [new PlainCreditLine(CreditAmount.FromHundredths(r.Hundredths), CreditUnit.AamaPoint, r.Category) { ApprovedBy = r.Approved ? ApprovedByAama : [] }],
            };
        }
        return plain;
    }

    /// <summary>The model: <see cref="LearningActivity"/> and <see cref="CreditLine"/>, every argument checked.</summary>
    /// <returns>The activities.</returns>
    [Benchmark(OperationsPerInvoke = Count)]
    public LearningActivity[] Model()
    {
        var records = this.records;
        var model = this.model;
        for (int i = 0; i < records.Length; i++)
        {
            ref readonly var r = ref records[i];
            model[i] = new LearningActivity(r.Id, r.Kind, r.CompletedOn)
            {
                Title = r.Title,
                DurationMinutes = r.DurationMinutes,
                Credits = [new CreditLine(CreditAmount.FromHundredths(r.Hundredths), CreditUnit.AamaPoint, r.Category) { ApprovedBy = r.Approved ? ApprovedByAama : [] }],
            };
        }
        return model;
    }

    private static long Allocated(Func<object> build)
    {
        GC.KeepAlive(build());
        long before = GC.GetAllocatedBytesForCurrentThread();
        var built = build();
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(built);
        return after - before;
    }

    /// <summary>One activity as a reader holds it: plain values, the strings already made.</summary>
    /// <param name="Id">The activity id.</param>
    /// <param name="Kind">The kind.</param>
    /// <param name="CompletedOn">The completion date.</param>
    /// <param name="Title">The title.</param>
    /// <param name="DurationMinutes">The documented minutes, or null.</param>
    /// <param name="Hundredths">The credit in hundredths of a point.</param>
    /// <param name="Category">The category.</param>
    /// <param name="Approved">Whether the AAMA approved the credit.</param>
    public readonly record struct ActivityRecord(
        string Id, LearningActivityKind Kind, LocalDate CompletedOn, string Title, int? DurationMinutes, long Hundredths, Category Category, bool Approved);
}

/// <summary>A <see cref="LearningActivity"/>'s fields without any check: the floor of building one.</summary>
/// <param name="id">The id.</param>
/// <param name="kind">The kind.</param>
/// <param name="completedOn">The completion date.</param>
public sealed class PlainActivity(string id, LearningActivityKind kind, LocalDate completedOn)
{
    public string Id { get; } = id;

    public LearningActivityKind Kind { get; } = kind;

    public LocalDate CompletedOn { get; } = completedOn;

    public string? Title { get; init; }

    public string? Provider { get; init; }

    public int? DurationMinutes { get; init; }

    public LocalDate? PurchasedOn { get; init; }

    public int? ValidMonths { get; init; }

    public ImmutableArray<PlainCreditLine> Credits { get; init; } = [];
}

/// <summary>A <see cref="CreditLine"/>'s fields without any check.</summary>
/// <param name="amount">The amount.</param>
/// <param name="unit">The unit.</param>
/// <param name="category">The category, or null.</param>
public sealed class PlainCreditLine(CreditAmount amount, CreditUnit unit, Category? category)
{
    public CreditAmount Amount { get; } = amount;

    public CreditUnit Unit { get; } = unit;

    public Category? Category { get; } = category;

    public ImmutableArray<string> ApprovedBy { get; init; } = [];

    public string? ApprovalReference { get; init; }
}
