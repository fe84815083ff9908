using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Tests.PublicApi;
using NetArchTest.Rules;
using Xunit;

namespace CeuRules.Tests.Evaluation;

/// <summary>The library's layers: words depend on results, never the other way round; namespaces follow folders.</summary>
public sealed class ArchitectureTest
{
    private static Types Library => Types.InAssembly(typeof(CertificationEvaluator).Assembly);

    [Fact]
    public void The_engine_and_its_results_name_no_type_of_the_words()
    {
        var result = Library.That().ResideInNamespace("CeuRules.Evaluation").ShouldNot().HaveDependencyOnAny("CeuRules.Explanations").GetResult();

        Assert.True(result.IsSuccessful, $"These types of the engine or its results depend on the words: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}.");
    }

    [Fact]
    public void The_check_sees_a_dependency_inside_the_library()
    {
        // The words depend on the results: the same check, turned round, must find it (else it could not fail above).
        var result = Library.That().ResideInNamespace("CeuRules.Explanations").ShouldNot().HaveDependencyOnAny("CeuRules.Evaluation").GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void Every_file_of_the_library_declares_the_namespace_of_its_folder()
    {
        // Findings keeps the root namespace: Finding is public and has been CeuRules.Finding since the first release.
        var root = Path.Combine(ApprovedApi.RepositoryRoot(), "src", "CeuRules");
        var declaration = new Regex(@"^namespace (?<name>[A-Za-z.]+);", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var faults = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Where(path => !path.StartsWith("obj", StringComparison.Ordinal) && !path.StartsWith("bin", StringComparison.Ordinal))
            .Select(path =>
            {
                string folder = Path.GetDirectoryName(path) ?? string.Empty;
                string expected = folder is "" or "Findings" ? "CeuRules" : "CeuRules." + folder.Replace(Path.DirectorySeparatorChar, '.');
                string declared = declaration.Match(File.ReadAllText(Path.Combine(root, path))).Groups["name"].Value;
                return declared == expected ? null : $"{path} declares '{declared}', not '{expected}'";
            })
            .OfType<string>()
            .ToList();

        Assert.Empty(faults);
    }
}
