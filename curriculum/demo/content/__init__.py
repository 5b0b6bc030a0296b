"""Dutch demo content for Signaal: indicators, seven modules and the pocket card.

Plain Python data (no Django imports) so it can be tested and loaded anywhere.
"""

from .indicators import INDICATORS
from .module1 import MODULE as MODULE_1
from .module2 import MODULE as MODULE_2
from .module3 import MODULE as MODULE_3
from .module4 import MODULE as MODULE_4
from .module5 import MODULE as MODULE_5
from .module6 import MODULE as MODULE_6
from .module7 import MODULE as MODULE_7
from .pocket_card import POCKET_CARD

MODULES = [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5, MODULE_6, MODULE_7]

__all__ = ["INDICATORS", "MODULES", "POCKET_CARD"]
