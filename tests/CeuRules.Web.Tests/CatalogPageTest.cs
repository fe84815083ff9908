using System;
using System.IO;
using System.Linq;
using Bunit;
using CeuRules.Web.Pages;
using Xunit;

namespace CeuRules.Web.Tests;

[Collection(ComponentTests.Name)]
public sealed class CatalogPageTest : PageContext
{
    private static readonly string Malformed = Path.Combine(Repository.Root, "tests", "malformed", "catalogs");

    public static TheoryData<string> Catalogs()
    {
        var files = Directory.GetFiles(Malformed, "*.json").Concat(Directory.GetFiles(Path.Combine(Repository.Examples, "catalogs"), "*.json"))
            .Order(StringComparer.Ordinal).ToList();
        CliFindings.Prefetch("validate-catalog", files);
        return new(files.Select(f => Path.GetRelativePath(Repository.Root, f)));
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_catalog_shows_the_command_lines_findings_by_course(string file)
    {
        string path = Path.Combine(Repository.Root, file);
        var page = Render<Catalog>();

        Upload(page, "catalog-file", path);

        var result = page.WaitForElement("section.result");
        Assert.Equal(CliFindings.Catalog(path).Order(), Shown(page).Order());
        // A finding about a course is shown in that course's own part of the page.
        foreach (var course in page.FindAll("article.course"))
        {
            string prefix = course.GetAttribute("data-path")!;
            Assert.All(course.QuerySelectorAll("[data-path]").Where(e => e != course),
                e => Assert.StartsWith(prefix, e.GetAttribute("data-path")!, StringComparison.Ordinal));
        }
        Assert.NotNull(result.GetAttribute("data-valid"));
    }

    [Fact]
    public void The_page_says_plainly_that_the_recommender_cannot_run_in_a_browser()
    {
        var page = Render<Catalog>();
        Assert.Contains("OR-Tools", page.Find("#catalog-recommend").Parent!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ceurules recommend", page.Markup, StringComparison.Ordinal);
    }
}
