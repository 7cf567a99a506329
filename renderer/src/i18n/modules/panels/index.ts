/**
 * Strings of the field-work panels, one module per panel (all under the `panels` key; mergeMessages joins them).
 */
import { commonPanelMessages } from './common';
import { planPanelMessages } from './plan';
import { receiptPanelMessages } from './receipt';
import { visitPanelMessages } from './visit';
import { statusPanelMessages } from './status';
import { contactPanelMessages } from './contact';

export const panelMessages = [commonPanelMessages, planPanelMessages, receiptPanelMessages, visitPanelMessages, statusPanelMessages, contactPanelMessages];
