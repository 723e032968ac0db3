using System.Collections;
using Razorvine.Pickle;

namespace SocioRunner.Models.Checkpoints.LightningImport;

/// <summary>
/// Stands in for Python dict subclasses that Lightning writes into checkpoints (<c>AttributeDict</c> holding
/// hyper-parameters). The unpickler only ever builds these plain containers for the allow-listed class names in
/// <see cref="Register"/>; any other Python class still fails, so a checkpoint cannot name arbitrary code.
/// </summary>
public sealed class PickledDictionary : Hashtable
{
    static readonly string[] DictionaryClasses =
    [
        "pytorch_lightning.utilities.parsing.AttributeDict",
        "lightning_fabric.utilities.data.AttributeDict",
        "lightning.fabric.utilities.data.AttributeDict",
        "lightning.pytorch.utilities.parsing.AttributeDict",
    ];

    static readonly Lazy<bool> Registered = new(() =>
    {
        foreach (var name in DictionaryClasses)
        {
            int dot = name.LastIndexOf('.');
            Unpickler.registerConstructor(name[..dot], name[(dot + 1)..], new Constructor());
        }
        return true;
    });

    /// <summary>Registers the allow-listed dict classes with the unpickler (once per process; idempotent).</summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>Called by the unpickler's BUILD opcode with the instance's attribute state.</summary>
    public void __setstate__(Hashtable state)
    {
        foreach (DictionaryEntry entry in state) this[entry.Key] = entry.Value;
    }

    sealed class Constructor : IObjectConstructor
    {
        public object construct(object[] args) => new PickledDictionary();
    }
}
