using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// One full, explained CMA evaluation of a realistic transcript: approved and non-approved courses
/// across the three categories, CPR cards, and a few activities outside the window.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly Category[] Categories = [Category.General, Category.Clinical, Category.Administrative];

    private readonly CertificationEvaluator evaluator = new();
    private Certification certification = null!;
    private Transcript transcript = null!;
    private LocalDate asOf;

    /// <summary>The number of activities in the transcript.</summary>
    [Params(10, 30, 100)]
    public int Activities { get; set; }

    /// <summary>Builds the inputs from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var start = new LocalDate(2021, 2, 10);
        certification = new Certification(Credential.AamaCma, start) { IsMember = true };
        asOf = new LocalDate(2025, 11, 23);
        transcript = new Transcript(Transcript(random, start, Activities));
    }

    /// <summary>A generated transcript of <paramref name="count"/> activities.</summary>
    internal static List<LearningActivity> Transcript(Random random, LocalDate start, int count)
    {
        var activities = new List<LearningActivity>(count);
        for (int i = 0; i < count; i++)
        {
            var day = start.PlusDays(random.Next(-90, 5 * 365));
            var category = Categories[random.Next(Categories.Length)];
            int roll = random.Next(10);
            activities.Add(roll switch
            {
                0 => new LearningActivity("cpr-" + i, ActivityKind.CprCard, day) { ValidMonths = 24 },
                < 4 => new LearningActivity("n-" + i, ActivityKind.Conference, day)
                {
                    Title = "Conference session " + i,
                    DurationMinutes = 50 * random.Next(1, 6),
                    Credits = [new CreditLine(CreditAmount.FromUnits(random.Next(1, 4)), CreditUnit.AamaPoint, category)],
                },
                _ => new LearningActivity("a-" + i, ActivityKind.Course, day)
                {
                    Title = "AAMA course " + i,
                    Credits = [new CreditLine(CreditAmount.FromHundredths(25L * random.Next(4, 16)), CreditUnit.AamaPoint, category) { ApprovedBy = ImmutableArray.Create("aama") }],
                },
            });
        }
        return activities;
    }

    /// <summary>The full, explained evaluation.</summary>
    /// <returns>The evaluation.</returns>
    [Benchmark]
    public CertificationEvaluation FullEvaluation() => evaluator.Evaluate(certification, transcript, asOf);
}
