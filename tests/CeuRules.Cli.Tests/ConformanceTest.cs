using System.IO;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary><c>ceurules conformance DIR</c>: the corpus run through the command line, and a case it does not conform to.</summary>
public sealed class ConformanceTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    private static string Corpus => Path.Combine(CliTestPaths.Root(), "conformance");

    [Fact]
    public void The_command_line_conforms_to_the_corpus()
    {
        var (exit, output, error) = Run("conformance", Corpus);
        Assert.True(exit == 0, output + error);
        Assert.Contains("pass cma-met-before-expiration (aama-cma/expiration)", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_folder_that_changes_a_rule_makes_its_cases_fail_with_the_difference()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-conformance-");
        try
        {
            // The CE fee raised from $65 to $70 for members: the cases that list the fee now differ.
            string policy = File.ReadAllText(Path.Combine(CliTestPaths.Root(), "src", "CeuRules", "Policies", "BuiltIn", "aama-cma.policy.json"))
                .Replace("\"member\": 65,", "\"member\": 70,", System.StringComparison.Ordinal);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "policies"));
            File.WriteAllText(Path.Combine(folder.FullName, "policies", "aama-cma.policy.json"), policy);

            var (exit, output, _) = Run("conformance", Corpus, "--policies", Path.Combine(folder.FullName, "policies"));

            Assert.Equal(1, exit);
            Assert.Contains("FAIL cma-met-before-expiration", output, System.StringComparison.Ordinal);
            Assert.Contains("$.results[0].fees[0].amount: expected 65, the result has 70", output, System.StringComparison.Ordinal);
            Assert.Matches(@"\n[0-9]+ of [0-9]+ cases conform\.", output);

            // The same run in Spanish: every word of the results, none of English's.
            var (spanishExit, spanish, _) = Run("conformance", Corpus, "--policies", Path.Combine(folder.FullName, "policies"), "--culture", "es");
            Assert.Equal(1, spanishExit);
            Assert.Contains("NO CONFORME cma-met-before-expiration", spanish, System.StringComparison.Ordinal);
            Assert.Contains("conforme ", spanish, System.StringComparison.Ordinal);
            Assert.Contains("$.results[0].fees[0].amount: se esperaba 65 y el resultado tiene 70", spanish, System.StringComparison.Ordinal);
            Assert.Matches(@"\n[0-9]+ de [0-9]+ casos son conformes\.", spanish);
            foreach (var english in new[] { "pass ", "FAIL", "expected", "cases conform" })
            {
                Assert.DoesNotContain(english, spanish, System.StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_cases_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-conformance-empty-");
        try
        {
            Assert.Equal(2, Run("conformance", folder.FullName).Exit);
            File.WriteAllText(Path.Combine(folder.FullName, "bad.json"), "{ \"id\": 1 }");
            var (exit, _, error) = Run("conformance", folder.FullName);
            Assert.Equal(2, exit);
            Assert.Contains("bad.json", error, System.StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
