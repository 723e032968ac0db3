namespace SocioRunner.Cli.Settings;

/// <summary>
/// A setting naming a folder: a relative path in a settings file is relative to that file's folder (so a project's
/// <c>socio.json</c> means the same folder from anywhere), and a leading <c>~/</c> is the home folder.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FolderSettingAttribute : Attribute;
