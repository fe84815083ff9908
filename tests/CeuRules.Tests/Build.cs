using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>Terse builders for the model in tests.</summary>
internal static class Build
{
    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal static Certification Cma(LocalDate certifiedOn, bool member = true, params ExamAttempt[] attempts) =>
        new(Credential.AamaCma, certifiedOn) { IsMember = member, ExamAttempts = attempts.ToImmutableArray() };

    internal static CreditLine Line(decimal amount, string category, bool approved = true, CreditUnit? unit = null) =>
        new(CreditAmount.FromDecimal(amount), unit ?? CreditUnit.AamaPoint, category is null ? null : new Category(category))
        {
            ApprovedBy = approved ? ImmutableArray.Create("aama") : ImmutableArray<string>.Empty,
        };

    internal static LearningActivity Approved(string id, LocalDate on, decimal points, string category) =>
        new(id, LearningActivityKind.Course, on) { Title = "Course " + id, Credits = [Line(points, category)] };

    internal static LearningActivity NonApproved(string id, LocalDate on, decimal points, string category, int? minutes) =>
        new(id, LearningActivityKind.Course, on) { Title = "Outside course " + id, DurationMinutes = minutes, Credits = [Line(points, category, approved: false)] };

    internal static LearningActivity Cpr(string id, LocalDate on, int? validMonths = 24) =>
        new(id, LearningActivityKind.CprCard, on) { ValidMonths = validMonths };

    internal static Transcript T(params LearningActivity[] activities) => new(activities);

    internal static Transcript T(IEnumerable<LearningActivity> activities) => new(activities);

    /// <summary>Approved activities meeting every CMA requirement inside a window starting at <paramref name="start"/>.</summary>
    internal static List<LearningActivity> FullCycle(LocalDate start) =>
    [
        Approved("g", start.PlusMonths(1), 20, "general"),
        Approved("c", start.PlusMonths(2), 20, "clinical"),
        Approved("a", start.PlusMonths(3), 20, "administrative"),
    ];
}
