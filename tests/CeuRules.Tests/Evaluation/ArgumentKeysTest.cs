using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Tests.PublicApi;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Every decision argument is declared once, as a typed key (<see cref="ArgumentKeys"/>): the engine writes
/// no other name and no value of another type, and no read by name in the library names another key or type.
/// </summary>
public sealed class ArgumentKeysTest
{
    private static readonly Regex ReadByName = new(@"Get<(?<type>[A-Za-z_.<>?]+)>\(""(?<name>[^""]*)""\)", RegexOptions.CultureInvariant);

    private static Dictionary<string, ArgumentKey> Declared()
    {
        var keys = new Dictionary<string, ArgumentKey>(StringComparer.Ordinal);
        foreach (var field in typeof(ArgumentKeys).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var key = Assert.IsAssignableFrom<ArgumentKey>(field.GetValue(null));
            Assert.Equal(char.ToUpperInvariant(key.Name[0]) + key.Name[1..], field.Name);
            Assert.True(keys.TryAdd(key.Name, key), $"The argument name '{key.Name}' is declared twice.");
        }
        return keys;
    }

    [Fact]
    public void Every_argument_the_engine_writes_has_a_declared_name_and_a_value_of_the_declared_type()
    {
        var keys = Declared();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 14).Sample(300, new Rnd(20261207UL, 29UL), 40).ToList();
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var evaluations = scenarios.Select(s => evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf))
            .Concat(CeuRules.Tests.Explanations.PlainWordsTest.OnBuiltInPolicies(scenarios));
        foreach (var evaluation in evaluations)
        {
            foreach (var (code, arguments) in ArgumentsOf(evaluation))
            {
                foreach (var argument in arguments)
                {
                    Assert.True(keys.TryGetValue(argument.Name, out var key), $"The code '{code}' writes the argument '{argument.Name}', which no key declares.");
                    Assert.True(key.ValueType.IsInstanceOfType(argument.Value),
                        $"The code '{code}' writes '{argument.Name}' as {argument.Value.GetType().Name}; its key declares {key.ValueType.Name}.");
                    seen.Add(argument.Name);
                }
            }
        }

        // The sample reaches most keys, so that a producer writing a wrong name or type is met.
        Assert.True(seen.Count >= keys.Count * 3 / 4, $"Only {seen.Count} of {keys.Count} keys were written: {string.Join(", ", keys.Keys.Except(seen))} were not.");
    }

    [Fact]
    public void Every_read_of_an_argument_by_name_in_the_library_names_a_declared_key_with_its_type()
    {
        var keys = Declared();
        var source = Path.Combine(ApprovedApi.RepositoryRoot(), "src");
        var faults = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Faults(keys, File.ReadAllText(path)).Select(fault => $"{Path.GetRelativePath(source, path)}: {fault}"))
            .ToList();
        Assert.Empty(faults);
    }

    [Theory]
    [InlineData(@"a.Get<int>(""completedOn"")", "completedOn")]
    [InlineData(@"a.Get<LocalDate>(""completedOn "")", "completedOn ")]
    [InlineData(@"a.Get<ImmutableArray<int>>(""statedUnits"")", "statedUnits")]
    [InlineData(@"a.Get<decimal?>(""minutes"")", "minutes")]
    public void A_read_with_another_type_or_an_undeclared_name_is_a_fault(string read, string name)
    {
        Assert.Contains(name, Assert.Single(Faults(Declared(), read)), StringComparison.Ordinal);
        Assert.Empty(Faults(Declared(), read.Replace(name, "completedOn", StringComparison.Ordinal).Replace(ReadByName.Match(read).Groups["type"].Value, "LocalDate", StringComparison.Ordinal)));
    }

    private static IEnumerable<string> Faults(Dictionary<string, ArgumentKey> keys, string text)
    {
        foreach (Match read in ReadByName.Matches(text))
        {
            string name = read.Groups["name"].Value;
            string type = read.Groups["type"].Value;
            if (!keys.TryGetValue(name, out var key))
            {
                yield return $"{read.Value} names '{name}', which no key declares";
            }
            else if (type != CSharpName(key.ValueType))
            {
                yield return $"{read.Value} reads '{name}' as {type}; its key declares {CSharpName(key.ValueType)}";
            }
        }
    }

    private static string CSharpName(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(string) => "string",
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(CSharpName))}>",
        _ => type.Name,
    };

    private static IEnumerable<(string Code, ImmutableArray<DecisionArgument> Arguments)> ArgumentsOf(CertificationEvaluation evaluation)
    {
        foreach (var decision in evaluation.Activities)
        {
            foreach (var credit in decision.NotCounted)
            {
                yield return (credit.Code, credit.Arguments);
            }
            foreach (var note in decision.Notes)
            {
                yield return (note.Code, note.Arguments);
            }
        }
        foreach (var note in evaluation.Notes)
        {
            yield return (note.Code, note.Arguments);
        }
        foreach (var route in evaluation.Routes)
        {
            yield return (route.Code, route.Arguments);
        }
        yield return (evaluation.NextStep.Code, evaluation.NextStep.Arguments);
    }
}
