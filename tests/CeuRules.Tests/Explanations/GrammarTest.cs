using System.Collections.Immutable;
using System.Globalization;
using CeuRules.Explanations;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// The rules of a language applied where a template joins a phrase (Spanish "de el" → "del", "a el" → "al"), and
/// the places of a spreadsheet's findings: a CSV file has rows and columns, a workbook's sheet has cells.
/// </summary>
public sealed class GrammarTest
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("miembro de {0}", "el centro Example", "miembro del centro Example")]
    [InlineData("vuelva a {0}", "el programa", "vuelva al programa")]
    [InlineData("De {0} depende", "el plazo", "Del plazo depende")]
    [InlineData("A {0} le falta", "el curso", "Al curso le falta")]
    [InlineData("{0} de {1}", null, "el campo de la hoja")]
    [InlineData("miembro de {0}", "la clínica", "miembro de la clínica")]
    [InlineData("miembro de {0}", "El Paso Clinic", "miembro de El Paso Clinic")]
    [InlineData("miembro de {0}", "ella", "miembro de ella")]
    [InlineData("miembro de {0}", "el {curso}", "miembro del {curso}")]
    [InlineData("cada {0}", "el año", "cada el año")]
    [InlineData("desde {0}", "el lunes", "desde el lunes")]
    public void Spanish_contracts_a_preposition_with_the_article_that_begins_a_phrase_put_after_it(string template, string? phrase, string expected)
    {
        object[] arguments = phrase is null ? ["el campo", "la hoja"] : [phrase];
        Assert.Equal(expected, Grammar.Format(Spanish, template, arguments));
    }

    [Fact]
    public void Only_the_join_is_contracted_never_the_phrase_itself_nor_English()
    {
        // A document's own text keeps its words, whatever they are.
        Assert.Equal("título: Repaso de el examen", Grammar.Format(Spanish, "título: {0}", ["Repaso de el examen"]));
        Assert.Equal("member of el centro", Grammar.Format(English, "member of {0}", ["el centro"]));
        Assert.Equal("de 3 el", Grammar.Format(Spanish, "de {0:0} el", [3]));
    }

    [Fact]
    public void A_nested_place_contracts_at_every_join()
    {
        var finding = new Finding(FindingCodes.MissingField, FindingSeverity.Error, "certifications[0].examAttempts[1].on", ("expected", "date"));
        string place = FindingExplainer.For(Spanish).Place(finding);
        Assert.DoesNotContain(" de el ", place, System.StringComparison.Ordinal);
        Assert.Contains(" del intento de examen 2 de la certificación 1", place, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.csv!B3", "row 3, column B of the file \"a.csv\"", "la fila 3, columna B, del archivo “a.csv”")]
    [InlineData("People.CSV!AB12", "row 12, column AB of the file \"People.CSV\"", "la fila 12, columna AB, del archivo “People.CSV”")]
    [InlineData("a.csv!7", "row 7 of the file \"a.csv\"", "la fila 7 del archivo “a.csv”")]
    [InlineData("Activities!B3", "cell B3 of the sheet \"Activities\"", "la celda B3 de la hoja “Activities”")]
    [InlineData("Activities!7", "row 7 of the sheet \"Activities\"", "la fila 7 de la hoja “Activities”")]
    public void A_csv_file_is_placed_by_row_and_column_and_a_sheet_by_cell(string path, string english, string spanish)
    {
        Assert.Equal(english, FindingExplainer.For(English).Place(path, ImmutableSortedDictionary<string, string>.Empty));
        Assert.Equal(spanish, FindingExplainer.For(Spanish).Place(path, ImmutableSortedDictionary<string, string>.Empty));
    }

    [Fact]
    public void A_field_read_from_a_csv_cell_is_placed_by_row_and_column()
    {
        string english = FindingExplainer.For(English).Place("a.csv!C4.completedOn", ImmutableSortedDictionary<string, string>.Empty);
        Assert.EndsWith(" in row 4, column C of the file \"a.csv\"", english, System.StringComparison.Ordinal);
        Assert.DoesNotContain("sheet", english, System.StringComparison.Ordinal);
        string spanish = FindingExplainer.For(Spanish).Place("a.csv!C4.completedOn", ImmutableSortedDictionary<string, string>.Empty);
        Assert.EndsWith(" en la fila 4, columna C, del archivo “a.csv”", spanish, System.StringComparison.Ordinal);
    }
}
