"""Turn stored StreamField values into the form data the Wagtail editor posts (it builds them in JS)."""

from wagtail import blocks
from wagtail.test.utils.form_data import rich_text


def block_form_data(block, value):
    if isinstance(block, blocks.StreamBlock):
        data = {"count": str(len(value))}
        for i, child in enumerate(value):
            data[str(i)] = {
                "type": child.block_type,
                "value": block_form_data(child.block, child.value),
                "deleted": "",
                "order": str(i),
            }
        return data
    if isinstance(block, blocks.ListBlock):
        items = list(value)
        data = {"count": str(len(items))}
        for i, item in enumerate(items):
            data[str(i)] = {"value": block_form_data(block.child_block, item), "deleted": "", "order": str(i)}
        return data
    if isinstance(block, blocks.StructBlock):
        return {name: block_form_data(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "")
    return "" if value is None else str(value)


def stream_form_data(field_name, stream_value):
    return {field_name: block_form_data(stream_value.stream_block, stream_value)}
