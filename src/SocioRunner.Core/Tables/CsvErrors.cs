using SocioRunner.Core.Errors;

namespace SocioRunner.Core.Tables;

/// <summary>All wording of CSV problems in one place; each names the file and, where there is one, the line.</summary>
public static class CsvErrors
{
    public static InvalidInputException MissingFile(string path) => new($"{path}: missing CSV file");

    public static InvalidInputException Empty(string path) => new($"{path}: the file is empty; a header row is needed");

    public static InvalidInputException MissingColumn(string path, string column, IEnumerable<string> columns) =>
        new($"{path}: no column '{column}' (columns: {string.Join(", ", columns)})");

    public static InvalidInputException BadNumber(string path, int line, string column, string text) =>
        new($"{path}:{line}: column '{column}' holds '{text}', expected a finite number");

    public static InvalidInputException WrongCellCount(string path, int line, int cells, int columns) =>
        new($"{path}:{line}: {cells} cells; the header has {columns}");

    public static InvalidInputException UnterminatedQuote(string path, int line) =>
        new($"{path}:{line}: unterminated quoted value (a '\"' opens a field that never closes)");

    public static InvalidInputException Unreadable(string path, Exception inner) =>
        new($"{path}: not a readable CSV file ({inner.Message})", inner);
}
