using SearchEngine.Core.Index;

namespace SearchEngine.Core.Tests.Codecs.StoredFields;

/// <summary>Records every stored value it is given, optionally only of some fields or stopping after one.</summary>
internal sealed class RecordingVisitor : StoredFieldVisitor
{
    private readonly Func<FieldInfo, StoredFieldStatus> decide;

    public RecordingVisitor(Func<FieldInfo, StoredFieldStatus>? decide = null)
    {
        this.decide = decide ?? (_ => StoredFieldStatus.Yes);
    }

    public List<(string Field, object Value)> Values { get; } = [];

    public List<string> Asked { get; } = [];

    public override StoredFieldStatus NeedsField(FieldInfo field)
    {
        Asked.Add(field.Name);
        return decide(field);
    }

    public override void StringField(FieldInfo field, string value) => Values.Add((field.Name, value));

    public override void Int64Field(FieldInfo field, long value) => Values.Add((field.Name, value));
}
