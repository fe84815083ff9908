using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CeuRules.Docs.Tests;

/// <summary>
/// Every C# sample in the README and docs/ is compiled and run, as a reader would paste it into a new
/// console project with implicit usings. A sample followed by a plain code block (after a line such as
/// "prints") must print exactly that. Samples run with the repository root as the current folder.
/// </summary>
public sealed partial class SamplesTest
{
    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in DocumentFiles())
        {
            for (int i = 0; i < Extract(File.ReadAllText(Path.Combine(Root, file))).Count; i++)
            {
                data.Add(file, i);
            }
        }
        return data;
    }

    [Fact]
    public void The_documentation_has_samples_to_run()
    {
        var files = DocumentFiles().ToList();
        Assert.Contains("README.md", files);
        Assert.True(Samples().Count >= 5, $"only {Samples().Count} samples found");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_compiles_runs_and_prints_what_the_page_says(string file, int index)
    {
        var sample = Extract(File.ReadAllText(Path.Combine(Root, file)))[index];
        var assembly = Compile(sample.Code, $"{file}#{index}");
        var output = Run(assembly);
        if (sample.Expected is { } expected)
        {
            Assert.Equal(expected.TrimEnd(), output.ReplaceLineEndings("\n").TrimEnd());
        }
    }

    private sealed record Sample(string Code, string? Expected);

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```(?:\n+[^\n`]*\n+```\n(?<expected>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex SampleBlock();

    private static List<Sample> Extract(string page) =>
        SampleBlock().Matches(page.ReplaceLineEndings("\n"))
            .Select(m => new Sample(m.Groups["code"].Value, m.Groups["expected"].Success ? m.Groups["expected"].Value : null))
            .ToList();

    private static IEnumerable<string> DocumentFiles()
    {
        yield return "README.md";
        foreach (var path in Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(Root, path).Replace('\\', '/');
        }
    }

    /// <summary>The usings of a console project with implicit usings on.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static Assembly Compile(string code, string name)
    {
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Latest)),
            CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: name),
        };
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Where(IsManaged)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Sample_" + Guid.NewGuid().ToString("N"), trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, $"{name} does not compile:\n{string.Join("\n", errors)}\n---\n{code}");
        return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image.ToArray()));
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static readonly object ConsoleLock = new();

    private static string Run(Assembly assembly)
    {
        lock (ConsoleLock)
        {
            var output = new StringWriter();
            var (oldOut, oldError, oldDirectory) = (Console.Out, Console.Error, Environment.CurrentDirectory);
            try
            {
                Console.SetOut(output);
                Console.SetError(output);
                Environment.CurrentDirectory = Root;
                var entry = assembly.EntryPoint!;
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                if (result is System.Threading.Tasks.Task task)
                {
                    task.GetAwaiter().GetResult();
                }
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
                Environment.CurrentDirectory = oldDirectory;
            }
            return output.ToString();
        }
    }

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeuRules.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No CeuRules.sln above the test folder.");
    }
}
