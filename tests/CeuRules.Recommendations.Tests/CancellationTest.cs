using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CeuRules.Catalogs;
using CeuRules.Model;
using Xunit;
using static CeuRules.Recommendations.Tests.Build;

namespace CeuRules.Recommendations.Tests;

/// <summary>
/// Recommending from a large catalog can take seconds; a cancelled token stops it with
/// <see cref="OperationCanceledException"/>, and the recommender answers as before afterwards.
/// </summary>
public sealed class CancellationTest
{
    private static readonly Workforce.Person Short = Person([Certification("nha-ccma")], Done("a1", new(2025, 6, 1), Line(8, CreditUnit.NhaCredit)));

    private static CourseCatalog Small() => new("Vendor", [
        Course("expensive", 90, 240, Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))),
        Course("cheap", 20, 240, Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))),
    ]);

    private static CourseCatalog Large(int courses) => new("Big vendor", Enumerable.Range(0, courses)
        .Select(i => Course($"c{i}", 5 + (i * 37 % 140), 60 + (i * 13 % 240), Offer("nha-ccma", Line(0.5m + (i % 4) * 0.25m, CreditUnit.NhaCredit)))));

    [Fact]
    public void Recommend_stops_when_the_token_is_cancelled_while_the_catalogs_are_read()
    {
        var recommender = new CourseRecommender();
        using var stop = new CancellationTokenSource();
        IEnumerable<CourseCatalog> Catalogs()
        {
            yield return Small();
            stop.Cancel();
            yield return Large(10);
        }

        Assert.ThrowsAny<OperationCanceledException>(() => recommender.Recommend(Short, Catalogs(), AsOf, cancellationToken: stop.Token));

        Assert.Equal(["cheap"], recommender.Recommend(Short, [Small()], AsOf).Courses.Select(c => c.CourseId));
    }

    [Fact]
    public void Recommend_stops_between_large_catalogs_and_the_recommender_answers_as_a_new_one_afterwards()
    {
        var recommender = new CourseRecommender();
        using var stop = new CancellationTokenSource();
        // Cancelled once a large catalog has been read, whatever the machine's speed (a timer could fall after the run).
        IEnumerable<CourseCatalog> Catalogs()
        {
            yield return Large(5_000);
            stop.Cancel();
            yield return Large(5_000);
        }

        Assert.ThrowsAny<OperationCanceledException>(() => recommender.Recommend(Short, Catalogs(), AsOf, cancellationToken: stop.Token));

        var after = recommender.Recommend(Short, [Small()], AsOf);
        var fresh = new CourseRecommender().Recommend(Short, [Small()], AsOf);
        Assert.Equal(fresh.Courses.Select(c => c.CourseId), after.Courses.Select(c => c.CourseId));
        Assert.Equal(fresh.TotalCost, after.TotalCost);
    }

    [Fact]
    public void RecommendValidated_stops_on_a_cancelled_token()
    {
        var recommender = new CourseRecommender();
        var validated = new CatalogValidator().Validate(Large(5_000), AsOf);
        using var stop = new CancellationTokenSource();
        IEnumerable<CatalogValidation> Validations()
        {
            yield return validated;
            stop.Cancel();   // the caller gives up while the validations are handed over
            yield return validated;
        }

        Assert.ThrowsAny<OperationCanceledException>(() => recommender.RecommendValidated(Short, Validations(), AsOf, cancellationToken: stop.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => recommender.RecommendValidated(Short, [validated], AsOf, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(["cheap"], recommender.RecommendValidated(Short, [new CatalogValidator().Validate(Small(), AsOf)], AsOf).Courses.Select(c => c.CourseId));
    }
}
