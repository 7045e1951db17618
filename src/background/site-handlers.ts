/** The user's answer after taking a site's access back: delete what was read there, or keep it. */
import { deleteSiteData, forgetRevoked, revokedSites } from '../storage/site-data';
import { announce, refreshBadges } from './handlers';
import type { Handlers } from './router';

export const siteHandlers: Handlers = {
  async 'site:revoked'() {
    return revokedSites();
  },

  async 'site:forget'(msg) {
    if (!msg.deleteData) {
      await forgetRevoked(msg.origin);
      return { deleted: 0 };
    }
    const deleted = await deleteSiteData(msg.origin);
    announce();
    await refreshBadges();
    return { deleted };
  },
};
