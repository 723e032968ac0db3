using System.Reflection;
using System.Text;

namespace SocioRunner.Core.Options;

/// <summary>YAML option keys are snake_case spellings of the options record's property names.</summary>
public static class OptionNames
{
    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool boundary = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (boundary) text.Append('_');
                text.Append(char.ToLowerInvariant(c));
            }
            else text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>Enum values are written in kebab-case in YAML (<c>one-vs-all</c>, <c>integrated-gradients</c>).</summary>
    public static string EnumValue(object value) => ToSnakeCase(value.ToString()!).Replace('_', '-');

    public static IReadOnlyList<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToList();
}
