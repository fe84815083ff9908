using System;
using System.IO;
using System.Text.RegularExpressions;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// The rule tables of docs/credentials are the output of <c>ceurules policies ID --format markdown</c>,
/// so a page cannot drift from the policy data. Set CEURULES_UPDATE_DOCS=1 to rewrite them.
/// </summary>
public sealed partial class CredentialPagesTest
{
    public static TheoryData<string> Credentials()
    {
        var data = new TheoryData<string>();
        foreach (var credential in PolicyCatalog.BuiltIn.Credentials)
        {
            data.Add(credential.Id);
        }
        return data;
    }

    [GeneratedRegex(@"(<!-- generated: ceurules policies (?<id>[a-z0-9-]+) --format markdown -->\n)(?<body>.*?)(<!-- end generated -->)", RegexOptions.Singleline)]
    private static partial Regex Generated();

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Every_credential_has_a_page_whose_rule_tables_are_generated_from_its_policy(string id)
    {
        var path = Path.Combine(CliTestPaths.Root(), "docs", "credentials", id + ".md");
        Assert.True(File.Exists(path), $"docs/credentials/{id}.md is missing.");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var match = Generated().Match(page);
        Assert.True(match.Success && match.Groups["id"].Value == id, $"docs/credentials/{id}.md has no generated section for {id}.");

        var (exit, output, _) = CliTestPaths.Run(new NodaTime.LocalDate(2026, 11, 23), "policies", id, "--format", "markdown");
        Assert.Equal(0, exit);
        var expected = output.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page[..match.Groups["body"].Index] + expected + page[(match.Groups["body"].Index + match.Groups["body"].Length)..]);
            return;
        }
        Assert.True(expected == match.Groups["body"].Value,
            $"docs/credentials/{id}.md differs from 'ceurules policies {id} --format markdown'; run the tests with CEURULES_UPDATE_DOCS=1 to regenerate it.");
    }
}
