using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Workforce;
using NodaTime;
using Xunit;

namespace CeuRules.Recommendations.Tests;

/// <summary>Small builders for hand-made cases, and the check every answer must pass.</summary>
internal static class Build
{
    internal static readonly LocalDate AsOf = new(2026, 6, 15);

    internal static Credential Credential(string id)
    {
        Assert.True(PolicyCatalog.BuiltIn.TryGetCredential(id, out var credential));
        return credential;
    }

    /// <summary>A certification whose window holds <see cref="AsOf"/>.</summary>
    internal static Certification Certification(string credentialId) => new(Credential(credentialId), credentialId switch
    {
        "aama-cma" => new LocalDate(2022, 3, 10),
        "amt-rma" => new LocalDate(2024, 1, 10),
        "nha-ccma" => new LocalDate(2025, 1, 10),
        _ => new LocalDate(2025, 9, 1),
    });

    internal static CreditLine Line(decimal amount, CreditUnit unit, Category? category = null, string? approvedBy = null) =>
        new(CreditAmount.FromDecimal(amount), unit, category)
        {
            ApprovedBy = approvedBy is null ? ImmutableArray<string>.Empty : [approvedBy],
            ApprovalReference = approvedBy is null ? null : "REF-" + approvedBy,
        };

    internal static LearningActivity Done(string id, LocalDate on, params CreditLine[] credits) =>
        new(id, LearningActivityKind.Course, on) { Title = "Done " + id, DurationMinutes = 6000, Credits = credits.ToImmutableArray() };

    internal static Course Course(string id, int dollars, int minutes, params CreditOffer[] offers) =>
        new(id, "Course " + id, LearningActivityKind.Course) { Price = Money.FromDollars(dollars), DurationMinutes = minutes, Offers = offers.ToImmutableArray() };

    internal static CreditOffer Offer(string credentialId, params CreditLine[] lines) => new(credentialId, lines);

    internal static Person Person(IEnumerable<Certification> certifications, params LearningActivity[] activities) =>
        new("p1", certifications, new Transcript(activities));

    /// <summary>
    /// Recommends and checks the answer with the real evaluator: every certification said to become
    /// current evaluates as met with the chosen courses added, and no verification finding is made.
    /// </summary>
    internal static Recommendation Recommend(Person person, RecommendationObjective objective, params CourseCatalog[] catalogs)
    {
        var recommendation = new CourseRecommender().Recommend(person, catalogs, AsOf, new RecommendationOptions { Objective = objective });
        Verify(person, catalogs, recommendation);
        return recommendation;
    }

    internal static void Verify(Person person, IReadOnlyList<CourseCatalog> catalogs, Recommendation recommendation)
    {
        Assert.DoesNotContain(recommendation.Findings, f => f.Code == RecommendationCodes.VerificationFailed);
        var evaluator = new CertificationEvaluator();
        foreach (var outlook in recommendation.Certifications)
        {
            var credential = outlook.Credential;
            var added = recommendation.Courses.Select(r => (r, Course: catalogs.First(c => c.Vendor == r.Vendor).Courses.First(c => c.Id == r.CourseId)))
                .Select(p => EvaluatorOptimality.ActivityFor(p.r.Vendor, p.Course, outlook.Certification));
            var after = evaluator.Evaluate(outlook.Certification, new Transcript(person.Transcript.Activities.AddRange(added)), AsOf);
            Assert.Equal(after.Status, outlook.StatusAfter);
            if (outlook.BecomesCurrent)
            {
                Assert.True(after.RequirementsMet, $"{credential} was said to become current but evaluates {after.Status}.");
            }
        }
    }
}
