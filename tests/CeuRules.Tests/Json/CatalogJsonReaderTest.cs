using System.Linq;
using CeuRules.Json;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>The course catalog format: read whole or not at all, every problem a located finding.</summary>
public sealed class CatalogJsonReaderTest
{
    [Fact]
    public void The_shipped_example_catalog_reads_without_findings()
    {
        var read = CatalogJsonReader.Read(System.IO.File.ReadAllText(System.IO.Path.Combine(CeuRules.Tests.PublicApi.ApprovedApi.RepositoryRoot(), "docs", "examples", "catalogs", "example-academy.json")));
        Assert.Empty(read.Findings);
        var catalog = Assert.IsType<CeuRules.Catalogs.CourseCatalog>(read.Catalog);
        Assert.Equal("Example Academy", catalog.Vendor);
        var course = catalog.Courses[0];
        Assert.Equal(("EA-101", 90, 2, 3), (course.Id, course.DurationMinutes!.Value, course.ContentAreas.Length, course.Offers.Length));
        Assert.Equal(CreditAmount.FromDecimal(0.75m), course.Offers[1].Credits[0].Amount);
        Assert.Equal(6, catalog.Courses[1].CompleteWithinMonths);
        Assert.Equal(24, catalog.Courses[2].ValidMonths);
    }

    [Theory]
    [InlineData("", "invalid-json", "$")]
    [InlineData("[1]", "wrong-type", "$")]
    [InlineData("{\"courses\": []}", "missing-field", "vendor")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"title\": \"T\", \"kind\": \"course\" } ]}", "missing-field", "courses[0].id")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"offers\": [ { \"credential\": \"aama-cma\", \"credits\": [ { \"amount\": -1, \"unit\": \"aama-point\" } ] } ] } ]}", "negative-amount", "courses[0].offers[0].credits[0].amount")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"offers\": [ { \"credential\": \"aama-cma\", \"credits\": [ { \"amount\": 1.005, \"unit\": \"aama-point\" } ] } ] } ]}", "over-precise-amount", "courses[0].offers[0].credits[0].amount")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"durationMinutes\": \"ninety\" } ]}", "wrong-type", "courses[0].durationMinutes")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"contentAreas\": [ { \"category\": \"clinical\" } ] } ]}", "missing-field", "courses[0].contentAreas[0].minutes")]
    [InlineData("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"offers\": [ { \"credits\": [] } ] } ]}", "missing-field", "courses[0].offers[0].credential")]
    public void A_reading_error_is_located_and_no_half_catalog_is_returned(string json, string code, string path)
    {
        var read = CatalogJsonReader.Read(json);
        Assert.Null(read.Catalog);
        Assert.Contains(read.Findings, f => f.Code == code && f.Path == path && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Negative_durations_are_read_so_that_the_validator_reports_them()
    {
        var read = CatalogJsonReader.Read("{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"durationMinutes\": -30 } ]}");
        Assert.Equal(-30, read.Catalog!.Courses.Single().DurationMinutes);
    }
}
