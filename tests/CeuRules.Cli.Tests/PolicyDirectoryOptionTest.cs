using System;
using System.IO;
using System.Text.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary><c>--policies DIR</c> and <c>ceurules policies --history RULE</c>: a built-in credential replaced by a folder's file, listed with where it came from, and a rule's dated values.</summary>
public sealed class PolicyDirectoryOptionTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    private static string BuiltIn(string name) => Path.Combine(CliTestPaths.Root(), "src", "CeuRules", "Policies", "BuiltIn", name);

    [Fact]
    public void The_listing_says_which_file_governs_each_credential_with_its_hash()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-cli-policies-");
        try
        {
            File.Copy(BuiltIn("amt-rma.policy.json"), Path.Combine(folder.FullName, "amt-rma.policy.json"));

            var (exit, output, error) = Run("policies", "--policies", folder.FullName);
            Assert.True(exit == 0, error);
            Assert.Contains("aama-cma comes from the built-in file aama-cma.policy.json.", output, StringComparison.Ordinal);
            Assert.Contains("amt-rma comes from the file " + Path.Combine(folder.FullName, "amt-rma.policy.json") + " (SHA-256 ", output, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(Run("policies", "amt-rma", "--format", "json", "--policies", folder.FullName).Out);
            var origin = json.RootElement.GetProperty("policies")[0].GetProperty("origin");
            Assert.Equal("file", origin.GetProperty("kind").GetString());
            Assert.Equal(64, origin.GetProperty("sha256").GetString()!.Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_with_a_broken_file_exits_2_naming_the_file_and_path()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-cli-policies-broken-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "broken.json"), File.ReadAllText(BuiltIn("nha-ccma.policy.json")).Replace("\"versions\"", "\"versionz\"", StringComparison.Ordinal));
            var (exit, _, error) = Run("policies", "--policies", folder.FullName);
            Assert.Equal(2, exit);
            Assert.Contains("broken.json:", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_history_of_the_CE_time_limit_lists_60_months_then_90_days_from_2020()
    {
        var (exit, output, error) = Run("policies", "--history", "aama-cma/ce-time-limit", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var history = json.RootElement.GetProperty("history");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("effectiveFrom").ValueKind);
        Assert.Equal("2020-01-01", history[1].GetProperty("effectiveFrom").GetString());
        Assert.Contains("90 days", history[1].GetProperty("source").GetProperty("citation").GetString(), StringComparison.Ordinal);

        var text = Run("policies", "--history", "aama-cma/ce-time-limit").Out;
        Assert.Contains("2020-01-01", text, StringComparison.Ordinal);
        Assert.Contains("earliest", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_of_an_unknown_rule_exits_2()
    {
        var (exit, _, error) = Run("policies", "--history", "aama-cma/no-such-rule");
        Assert.Equal(2, exit);
        Assert.Contains("no rule", error, StringComparison.Ordinal);
    }
}
