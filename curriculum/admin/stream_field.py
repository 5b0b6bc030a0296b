"""The editor's StreamField with its block definitions packed once per language, not on every edit form.

For the editor's JavaScript, Wagtail (8.0) packs a StreamField's block definitions (labels, help texts and every
child block's widget, rendered from its template) anew for every edit form it builds: about a quarter of a lesson's
or a module's edit page, the same result each time. The definitions are the model's block objects, fixed at
start-up; only the language their labels are translated into varies. So each definition is packed once per
language and every later form reuses it. The field's value and its errors are rendered per form, as before.
Registered for every StreamField in wagtail_hooks.py.
"""

from django.utils import translation
from wagtail.blocks.base import BlockField, BlockWidget

# (id of the block definition, language) -> (the definition, its JSContext, its JSON). The definition is kept so
# that its id cannot be reused by another object; definitions live as long as their model.
_packed: dict = {}


class PackedOnceBlockWidget(BlockWidget):
    def _build_block_json(self):
        key = (id(self.block_def), translation.get_language())
        packed = _packed.get(key)
        if packed is None:
            super()._build_block_json()
            packed = _packed[key] = (self.block_def, self._js_context, self._block_json)
        _definition, self._js_context, self._block_json = packed


class PackedOnceBlockField(BlockField):
    def __init__(self, block=None, **kwargs):
        if block is not None:
            kwargs.setdefault("widget", PackedOnceBlockWidget(block))
        super().__init__(block=block, **kwargs)
