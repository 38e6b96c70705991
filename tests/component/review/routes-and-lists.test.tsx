import { screen, within } from '@testing-library/react';
import { ok } from '../../../shared/result';
import { linesOf } from '../../../renderer/src/masks/AnonymiserListsPanel';
import { movesFor, reviewRouteOf, reviewSectionsFor } from '../../../renderer/src/review/review-routes';
import { OUTREACH, VOLUNTEER } from '../fake-api';
import { renderReview, STAFF } from './review-helpers';

describe('review routes', () => {
  it('offers each role only its own sections and screens', () => {
    expect(reviewSectionsFor('staff')).toEqual(['workflow', 'check', 'suggestions', 'coding', 'lists']);
    expect(reviewSectionsFor('outreach')).toEqual(['returned']);
    expect(reviewSectionsFor('volunteer')).toEqual(['stories', 'my-suggestions', 'packs']);
    expect(reviewRouteOf('check/abc', 'admin')).toEqual({ screen: 'check', section: 'check', storyId: 'abc' });
    expect(reviewRouteOf('workflow/returned', 'staff')).toEqual({ screen: 'section', section: 'workflow', status: 'returned' });
    expect(reviewRouteOf('coding/s1/report', 'staff')).toEqual({ screen: 'report', section: 'coding', sampleId: 's1' });
    expect(reviewRouteOf('coding/s1/st1', 'staff')).toEqual({ screen: 'code-story', section: 'coding', sampleId: 's1', storyId: 'st1' });
    // A volunteer asking for the check screen, or any staff section, lands on their own list.
    expect(reviewRouteOf('check/abc', 'volunteer')).toEqual({ screen: 'section', section: 'stories', status: 'submitted' });
    expect(reviewRouteOf('lists', 'outreach')).toEqual({ screen: 'section', section: 'returned', status: 'submitted' });
    expect(reviewRouteOf('story/abc', 'volunteer')).toEqual({ screen: 'story', section: 'stories', storyId: 'abc' });
  });

  it('offers the status moves the review service allows', () => {
    expect(movesFor('submitted', 'staff')).toEqual(['in-review', 'returned', 'archived']);
    expect(movesFor('in-review', 'admin')).toEqual(['approved', 'returned', 'submitted', 'archived']);
    expect(movesFor('returned', 'outreach')).toEqual(['submitted']);
    expect(movesFor('submitted', 'outreach')).toEqual([]);
    expect(movesFor('approved', 'volunteer')).toEqual([]);
    expect(movesFor('draft', 'staff')).toEqual([]);
  });
});

describe('anonymiser lists', () => {
  it('reads one entry a line, without blank lines, spaces at the ends or repeats', () => {
    expect(linesOf("  St Mary's \r\n\r\nGuy's\nGuy's\r  Boots  \n")).toEqual(["St Mary's", "Guy's", 'Boots']);
  });

  it('saves both lists for staff', async () => {
    const { api, user } = await renderReview(STAFF, 'lists', 'Review', (fake) => {
      fake.getAnonymiserLists.mockResolvedValue(ok({ allowList: ["St Mary's"], knownNames: [] }));
      fake.setAnonymiserLists.mockImplementation(async (lists) => ok(lists));
    });
    const form = await screen.findByRole('form', { name: 'Anonymiser lists' });
    const known = within(form).getByLabelText('Always mask');
    await user.type(known, ' Dr Amara Obi {Enter}{Enter}Nurse Jo');
    await user.click(within(form).getByRole('button', { name: 'Save the lists' }));
    expect(api.setAnonymiserLists).toHaveBeenCalledWith({ allowList: ["St Mary's"], knownNames: ['Dr Amara Obi', 'Nurse Jo'] });
    expect(await within(form).findByText('The lists have been saved.')).toBeTruthy();
  });

  it('is not offered to outreach workers or volunteers', async () => {
    await renderReview(OUTREACH, 'lists', 'Review');
    expect(screen.getByRole('heading', { level: 2, name: 'Stories returned to you' })).toBeTruthy();
    expect(screen.queryByText('Anonymiser lists')).toBeNull();
  });

  it('shows a volunteer only their own sections', async () => {
    await renderReview(VOLUNTEER, 'lists', 'Review');
    expect(screen.getByRole('heading', { level: 2, name: 'Anonymised stories' })).toBeTruthy();
    expect(screen.queryByText('Anonymiser lists')).toBeNull();
  });
});
